'use client';

import { Button, Field, Input } from '@fluentui/react-components';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signInAsLocalGuest } from './sign-in-as-local-guest';

export function LocalSignInForm({ defaultEmail }: { readonly defaultEmail: string }) {
  const t = useTranslations('localSignIn');
  const [state, action, pending] = useActionState(signInAsLocalGuest, { invalidEmail: false });
  return (
    <form action={action} noValidate>
      <Field
        className="form-field"
        label={t('email')}
        validationState={state.invalidEmail ? 'error' : 'none'}
        validationMessage={state.invalidEmail ? t('invalidEmail') : undefined}
        required
      >
        <Input name="email" type="email" autoComplete="email" defaultValue={defaultEmail} />
      </Field>
      <Button type="submit" appearance="primary" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
