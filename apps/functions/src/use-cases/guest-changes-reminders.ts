import type { ReminderPreferencesView } from '@portico/api-contract';
import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

type Deps = Pick<FunctionDependencies, 'reminders' | 'clock'>;

/**
 * A guest, from the link in a reminder, reads whether their reminders are stopped, and stops them
 * or turns them back on (`stopped` given). One choice covers e-mail and text, for every
 * appointment of that address.
 */
export async function guestChangesReminders(
  deps: Deps,
  token: string,
  stopped?: boolean,
): Promise<Result<ReminderPreferencesView, PorticoError>> {
  const email = deps.reminders.stopTokens.read(token, deps.clock());
  if (email === undefined) return err(porticoError('reminders.link-invalid'));
  if (stopped !== undefined) await deps.reminders.preferences.setStopped(email, stopped, deps.clock());
  return ok({
    maskedEmail: maskedEmail(email),
    stopped: stopped ?? (await deps.reminders.preferences.hasStopped(email)),
  });
}

/** `j•••@example.com`: enough for the guest to recognise, too little for anyone holding a forwarded link. */
function maskedEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}
