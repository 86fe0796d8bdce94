'use client';

import { Button } from '@fluentui/react-components';
import type { StaffAppointmentView } from '@portico/api-contract';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { ProblemMessage } from '@/components/problem-message';
import { NewTimeForm } from '@/components/new-time-form';
import { cancelAction, reinviteAction, rescheduleAction, type StaffActionState } from './staff-actions';

/** Reschedule, cancel and re-invite for one appointment, each with its outcome announced. */
export function AppointmentActions({
  appointment,
  date,
  time,
}: {
  readonly appointment: StaffAppointmentView;
  readonly date: string;
  readonly time: string;
}) {
  const t = useTranslations('staff.actions');
  const [moved, move, moving] = useActionState<StaffActionState, FormData>(rescheduleAction, {});
  const [cancelled, cancel, cancelling] = useActionState<StaffActionState, FormData>(cancelAction, {});
  const [invited, reinvite, inviting] = useActionState<StaffActionState, FormData>(reinviteAction, {});
  const [reinviteKey] = useState(() => crypto.randomUUID());
  const duration = Math.round((Date.parse(appointment.endsAt) - Date.parse(appointment.startsAt)) / 60_000);
  const ids = (
    <>
      <input type="hidden" name="id" value={appointment.id} />
      <input type="hidden" name="etag" value={appointment.etag} />
    </>
  );
  const problem = moved.problem ?? cancelled.problem ?? invited.problem;
  return (
    <div className="appointment-actions">
      {problem && <ProblemMessage title={problem.title} detail={problem.detail} />}
      <p role="status" className="appointment-actions__status">
        {moved.done ? t('moved') : cancelled.done ? t('cancelled') : invited.done ? t('reinvited') : ''}
      </p>
      <NewTimeForm
        summary={t('reschedule')}
        submitLabel={t('saveNewTime')}
        action={move}
        pending={moving}
        hidden={ids}
        labels={{ date: t('date'), time: t('time'), duration: t('duration') }}
        date={date}
        time={time}
        duration={duration}
      />
      <form action={reinvite} className="inline-form">
        {ids}
        <input type="hidden" name="idempotencyKey" value={reinviteKey} />
        <Button type="submit" disabled={inviting || invited.done === true}>
          {t('reinvite')}
        </Button>
      </form>
      <form action={cancel} className="inline-form">
        {ids}
        <Button type="submit" disabled={cancelling}>
          {t('cancel')}
        </Button>
      </form>
    </div>
  );
}
