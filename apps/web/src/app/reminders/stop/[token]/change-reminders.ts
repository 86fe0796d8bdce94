'use server';

import { getLocale } from 'next-intl/server';
import { errorMessage } from '@portico/domain';
import { webApp } from '@/composition-root';
import { actionForm } from '@/http/action-form';

export interface ReminderChoiceState {
  readonly stopped?: boolean;
  readonly problem?: { readonly title: string; readonly detail: string };
}

/** Stops the guest's reminders (e-mail and text), or turns them back on, as the form says. */
export async function changeReminders(_previous: ReminderChoiceState, input: FormData): Promise<ReminderChoiceState> {
  const form = actionForm(input);
  const locale = await getLocale();
  const changed = await webApp().functionsApi.changeReminderPreferences(
    String(form.get('token') ?? ''),
    form.get('stopped') === 'true',
    locale,
  );
  return changed.ok ? { stopped: changed.value.stopped } : { problem: errorMessage(changed.error, locale) };
}
