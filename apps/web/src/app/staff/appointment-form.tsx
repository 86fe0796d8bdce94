'use client';

import { Button, Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { appointmentLimits, type Locale } from '@portico/domain';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { LanguageSelect } from '@/components/language-select';
import { ProblemMessage } from '@/components/problem-message';
import type { StaffActionState } from './staff-actions';

/** The staff form for a new or imported appointment; an import also asks for the Teams link. */
export function AppointmentForm({
  action,
  withMeetingLink,
  defaultDate,
  defaultLanguage,
  staffTimeZone,
  timeZones,
  textReminders,
}: {
  readonly action: (previous: StaffActionState, form: FormData) => Promise<StaffActionState>;
  readonly withMeetingLink: boolean;
  readonly defaultDate: string;
  /** The staff member's own language, the likeliest guess for a guest's. */
  readonly defaultLanguage: Locale;
  readonly staffTimeZone: string;
  readonly timeZones: readonly string[];
  /** Whether this deployment texts reminders, so a mobile number is asked for. */
  readonly textReminders: boolean;
}) {
  const t = useTranslations('staff.form');
  const [state, formAction, pending] = useActionState(action, {});
  // One key per form shown: a double submit or a retry makes one appointment, never two.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return (
    <form action={formAction} className="staff-form">
      {state.problem && <ProblemMessage title={state.problem.title} detail={state.problem.detail} />}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {/* The zone the form says times are in, so the action reads them in it, whatever changed since. */}
      <input type="hidden" name="timeZone" value={staffTimeZone} />
      {withMeetingLink && (
        <Field className="form-field" label={t('meetingLink')} hint={t('meetingLinkHint')} required>
          <Textarea name="meetingLink" rows={3} />
        </Field>
      )}
      <Field
        className="form-field"
        label={t('guestName')}
        hint={t('upTo', { count: appointmentLimits.maxGuestNameLength })}
        required
      >
        <Input name="guestName" autoComplete="off" maxLength={appointmentLimits.maxGuestNameLength} />
      </Field>
      <Field className="form-field" label={t('guestEmail')} required>
        <Input name="guestEmail" type="email" autoComplete="off" />
      </Field>
      {textReminders && (
        <>
          <Field className="form-field" label={t('guestMobile')} hint={t('guestMobileHint')}>
            <Input name="guestMobile" type="tel" autoComplete="off" inputMode="tel" maxLength={32} />
          </Field>
          <Checkbox name="textReminderConsent" value="yes" label={t('textReminderConsent')} />
        </>
      )}
      <Field className="form-field" label={t('language')}>
        <LanguageSelect name="language" defaultValue={defaultLanguage} />
      </Field>
      <Field className="form-field" label={t('guestTimeZone')}>
        <Select name="guestTimeZone" defaultValue={staffTimeZone}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        className="form-field"
        label={t('subject')}
        hint={t('upTo', { count: appointmentLimits.maxSubjectLength })}
        required
      >
        <Input name="subject" maxLength={appointmentLimits.maxSubjectLength} />
      </Field>
      <Field className="form-field" label={t('date')} hint={t('timeZoneHint', { timeZone: staffTimeZone })} required>
        <Input name="date" type="date" defaultValue={defaultDate} />
      </Field>
      <Field className="form-field" label={t('time')} required>
        <Input name="time" type="time" defaultValue="10:00" />
      </Field>
      <Field className="form-field" label={t('duration')} required>
        <Input name="duration" type="number" min={5} max={480} step={5} defaultValue="30" />
      </Field>
      <Field className="form-field" label={t('note')} hint={t('upTo', { count: appointmentLimits.maxNoteLength })}>
        <Textarea name="note" rows={3} maxLength={appointmentLimits.maxNoteLength} />
      </Field>
      <Button type="submit" appearance="primary" disabled={pending}>
        {pending ? t('saving') : withMeetingLink ? t('import') : t('create')}
      </Button>
    </form>
  );
}
