'use client';

import { Field, Input } from '@fluentui/react-components';
import { appointmentLimits } from '@portico/meeting-core';

/**
 * The date, start time and duration fields of a form that sets when something happens, named
 * `date`, `time` and `duration` as the staff actions read them.
 */
export function WhenFields({
  labels,
  date,
  time,
  duration,
}: {
  readonly labels: { readonly date: string; readonly time: string; readonly duration: string };
  readonly date: string;
  readonly time: string;
  readonly duration: number;
}) {
  return (
    <>
      <Field label={labels.date}>
        <Input name="date" type="date" required defaultValue={date} />
      </Field>
      <Field label={labels.time}>
        <Input name="time" type="time" required defaultValue={time} />
      </Field>
      <Field label={labels.duration}>
        <Input
          name="duration"
          type="number"
          required
          min={5}
          max={appointmentLimits.maxDurationMinutes}
          step={5}
          defaultValue={String(duration)}
        />
      </Field>
    </>
  );
}
