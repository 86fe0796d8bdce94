'use client';

import { Field, Input } from '@fluentui/react-components';

/** A required e-mail address field that says what is wrong when the address is not valid. */
export function EmailField({
  label,
  invalidText,
  invalid,
  defaultValue,
}: {
  readonly label: string;
  readonly invalidText: string;
  readonly invalid: boolean;
  readonly defaultValue?: string;
}) {
  return (
    <Field
      className="form-field"
      label={label}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? invalidText : undefined}
      required
    >
      <Input name="email" type="email" autoComplete="email" defaultValue={defaultValue} />
    </Field>
  );
}
