'use client';

import { Button } from '@fluentui/react-components';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ProblemMessage } from '@/components/problem-message';
import { NewTimeForm } from '@/components/new-time-form';
import type { StaffActionState } from '@/app/staff/staff-actions';
import { deleteOutlookEventAction, moveOutlookEventAction } from './outlook-actions';

/** Move or delete one event of the stand-in Outlook calendar, each with its outcome announced. */
export function OutlookEventControls({
  eventId,
  subject,
  date,
  time,
  duration,
}: {
  readonly eventId: string;
  readonly subject: string;
  readonly date: string;
  readonly time: string;
  readonly duration: number;
}) {
  const t = useTranslations('outlook');
  const [moved, move, moving] = useActionState<StaffActionState, FormData>(moveOutlookEventAction, {});
  const [removed, remove, removing] = useActionState<StaffActionState, FormData>(deleteOutlookEventAction, {});
  const problem = moved.problem ?? removed.problem;
  return (
    <div className="appointment-actions">
      {problem && <ProblemMessage title={problem.title} detail={problem.detail} />}
      <p role="status" className="appointment-actions__status">
        {moved.done ? t('moved') : removed.done ? t('removed') : ''}
      </p>
      <NewTimeForm
        summary={t('move', { subject })}
        submitLabel={t('saveMove')}
        action={move}
        pending={moving}
        hidden={<input type="hidden" name="id" value={eventId} />}
        labels={{ date: t('date'), time: t('time'), duration: t('duration') }}
        date={date}
        time={time}
        duration={duration}
      />
      <form action={remove} className="inline-form">
        <input type="hidden" name="id" value={eventId} />
        <Button type="submit" disabled={removing}>
          {t('remove', { subject })}
        </Button>
      </form>
    </div>
  );
}
