'use client';

import { Button, Checkbox, Field, Input } from '@fluentui/react-components';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ProblemMessage } from '@/components/problem-message';
import type { StaffActionState } from '@/app/staff/staff-actions';
import { createOutlookEventAction } from './outlook-actions';

/** A new event in the stand-in Outlook calendar: by default a Teams meeting with one outside guest. */
export function NewOutlookEventForm({ date }: { readonly date: string }) {
  const t = useTranslations('outlook');
  const [state, create, pending] = useActionState<StaffActionState, FormData>(createOutlookEventAction, {});
  return (
    <form action={create} className="staff-form" aria-labelledby="new-outlook-event">
      <h2 id="new-outlook-event">{t('newEvent')}</h2>
      {state.problem && <ProblemMessage title={state.problem.title} detail={state.problem.detail} />}
      <Field className="form-field" label={t('subject')} required>
        <Input name="subject" required maxLength={255} />
      </Field>
      <Field className="form-field" label={t('date')} required>
        <Input name="date" type="date" required defaultValue={date} />
      </Field>
      <Field className="form-field" label={t('time')} required>
        <Input name="time" type="time" required defaultValue="10:00" />
      </Field>
      <Field className="form-field" label={t('duration')} required>
        <Input name="duration" type="number" min={5} max={480} step={5} required defaultValue="30" />
      </Field>
      <Field className="form-field" label={t('guestName')}>
        <Input name="guestName" maxLength={100} />
      </Field>
      <Field className="form-field" label={t('guestEmail')} hint={t('guestEmailHint')}>
        <Input name="guestEmail" type="email" maxLength={254} />
      </Field>
      <Checkbox name="online" defaultChecked label={t('teamsMeeting')} />
      <Button type="submit" appearance="primary" disabled={pending}>
        {t('create')}
      </Button>
      <p role="status">{state.done ? t('created') : ''}</p>
    </form>
  );
}
