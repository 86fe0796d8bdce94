'use client';

import { Button } from '@fluentui/react-components';
import type { CalendarSyncView } from '@portico/api-contract';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ProblemMessage } from '@/components/problem-message';
import { setCalendarSyncAction, type StaffActionState } from './staff-actions';

/**
 * The staff member's calendar sync: on or off, how it is doing, and the switch. `problem` is the
 * last thing that went wrong, already in the staff member's language.
 */
export function CalendarSyncPanel({
  view,
  problem,
}: {
  readonly view: CalendarSyncView;
  readonly problem: { readonly title: string; readonly detail: string } | undefined;
}) {
  const t = useTranslations('staff.sync');
  const format = useFormatter();
  const [state, toggle, pending] = useActionState<StaffActionState, FormData>(setCalendarSyncAction, {});
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="calendar-sync" aria-labelledby="calendar-sync-title">
      <h2 id="calendar-sync-title">{t('title')}</h2>
      <p>{view.enabled ? t('on') : t('off')}</p>
      {view.enabled && (
        <ul>
          {view.subscriptionExpiresAt && <li>{t('renewsBefore', { when: when(view.subscriptionExpiresAt) })}</li>}
          <li>{view.lastSyncedAt ? t('lastChecked', { when: when(view.lastSyncedAt) }) : t('notCheckedYet')}</li>
        </ul>
      )}
      {problem && <ProblemMessage title={t('problem')} detail={problem.detail} />}
      {state.problem && <ProblemMessage title={state.problem.title} detail={state.problem.detail} />}
      <form action={toggle}>
        <input type="hidden" name="enabled" value={view.enabled ? 'false' : 'true'} />
        <Button type="submit" appearance={view.enabled ? 'secondary' : 'primary'} disabled={pending}>
          {view.enabled ? t('turnOff') : t('turnOn')}
        </Button>
      </form>
      <p role="status">{pending ? t('working') : ''}</p>
    </section>
  );
}
