'use client';

import { Button, Field, Input } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { appointmentLimits } from '@portico/domain';

/**
 * The date, start time and duration fields of a form that sets when something happens, named
 * `date`, `time` and `duration` as the staff actions read them.
 */
function WhenFields({
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

/**
 * A folded form that gives something a new time: its summary opens it, the hidden inputs say what
 * moves, and the button saves. Used for appointments and for the stand-in Outlook events alike. Its
 * fields are made only once it is opened: a console week of 200 appointments would otherwise
 * render 600 fields nobody sees (issue #18 measured about 50 ms of the page's 340 in them).
 */
export function NewTimeForm({
  summary,
  submitLabel,
  action,
  onSubmit,
  pending,
  hidden,
  ...when
}: {
  readonly summary: string;
  readonly submitLabel: string;
  readonly action: (form: FormData) => void;
  /** Called as the form is sent, before the action runs. */
  readonly onSubmit?: () => void;
  readonly pending: boolean;
  /** The hidden inputs that name what moves. */
  readonly hidden: ReactNode;
  readonly labels: { readonly date: string; readonly time: string; readonly duration: string };
  readonly date: string;
  readonly time: string;
  readonly duration: number;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // Opened before the page was interactive: the toggle event came before React listened.
  useEffect(() => setOpen(details.current?.open ?? false), []);
  return (
    <details ref={details} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && (
        <form action={action} onSubmit={onSubmit} className="inline-form">
          {hidden}
          <WhenFields {...when} />
          <Button type="submit" disabled={pending}>
            {submitLabel}
          </Button>
        </form>
      )}
    </details>
  );
}
