'use client';

import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ProblemMessage } from '@/components/problem-message';
import { changeReminders, type ReminderChoiceState } from './change-reminders';

/**
 * The guest's choice, made with a button (a POST): mail scanners open links, and a scanner must
 * not stop anyone's reminders by fetching the page.
 */
export function ReminderChoiceForm({ token, stopped }: { readonly token: string; readonly stopped: boolean }) {
  const t = useTranslations('reminders');
  const [state, action, pending] = useActionState<ReminderChoiceState, FormData>(changeReminders, { stopped });
  const isStopped = state.stopped ?? stopped;
  return (
    <form action={action} className="choice-form">
      {state.problem && <ProblemMessage title={state.problem.title} detail={state.problem.detail} />}
      <MessageBar intent={isStopped ? 'warning' : 'info'} layout="multiline" aria-live="polite">
        <MessageBarBody>{isStopped ? t('stoppedState') : t('activeState')}</MessageBarBody>
      </MessageBar>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="stopped" value={isStopped ? 'false' : 'true'} />
      <div>
        <Button type="submit" appearance="primary" disabled={pending}>
          {isStopped ? t('restart') : t('stop')}
        </Button>
      </div>
    </form>
  );
}
