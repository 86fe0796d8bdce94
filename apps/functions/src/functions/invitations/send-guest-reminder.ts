import type { InvocationContext } from '@azure/functions';
import {
  isCurrentReminder,
  isTimelyReminder,
  reminderDueAt,
  reminderKey,
  type Appointment,
  type AppointmentGuest,
  type DueReminder,
} from '@portico/domain';
import { composeReminderEmail, composeReminderText } from '@portico/server-adapters';
import type { FunctionDependencies } from '../../function-dependencies';
import { deliverOnce } from './deliver-once';
import { operationIdFor } from './operation-id';
import { personalLinkPath } from './personal-link';

type Deps = Pick<
  FunctionDependencies,
  'appointments' | 'mailer' | 'sentEmails' | 'appointmentLinks' | 'clock' | 'portal' | 'auditTrail' | 'reminders'
>;

/** How long a "stop reminders" link works: longer than anyone books ahead. */
const stopLinkValidDays = 400;

/**
 * Sends one reminder to each guest of an appointment, by e-mail and (with consent and a configured
 * sender) by text, each once however often the queue delivers it. A reminder for a start the
 * appointment no longer has, or for a cancelled one, is dropped: it would name the wrong time.
 * Guests who stopped reminders get neither.
 */
export async function sendGuestReminder(deps: Deps, reminder: DueReminder, context: InvocationContext): Promise<void> {
  if (!isTimelyReminder(reminder, deps.clock())) {
    context.log(`The reminder for ${reminder.appointmentId} comes too late; not sending it.`);
    return;
  }
  const stored = await deps.appointments.get(reminder.appointmentId);
  if (!stored || !isCurrentReminder(reminder, stored.appointment)) {
    context.log(`The reminder for ${reminder.appointmentId} is stale (moved, cancelled or gone); not sending it.`);
    // Given back, so a cancellation undone within the reminder's grace still gets it at the next run.
    await deps.reminders.ledger.release(reminderKey(reminder));
    return;
  }
  const { appointment } = stored;
  for (const guest of appointment.guests) {
    if (await deps.reminders.preferences.hasStopped(guest.email)) {
      context.log('A guest stopped reminders; not sending them one.');
      continue;
    }
    const key = `reminder|${reminderKey(reminder)}|${guest.email}`;
    const stopPath = `/reminders/stop/${deps.reminders.stopTokens.mint(guest.email, daysFrom(deps.clock(), stopLinkValidDays))}`;
    const openPath = personalLinkPath(deps, appointment, guest);
    const email = composeReminderEmail({
      appointment,
      guest,
      minutesBefore: reminder.minutesBefore,
      personalLink: `${deps.portal.url}${openPath}`,
      stopLink: `${deps.portal.url}${stopPath}`,
      brand: deps.portal.brand,
      privacyNoticeUrl: `${deps.portal.url}/privacy`,
    });
    await deliverOnce(
      deps,
      `${key}|email`,
      () => deps.mailer.send(email, operationIdFor(`${key}|email`)),
      context,
      () => recordReminder(deps, appointment, guest, 'reminder-sent', 'email'),
    );
    await textReminder(deps, reminder, appointment, guest, { key: `${key}|sms`, openPath, stopPath }, context);
  }
}

async function textReminder(
  deps: Deps,
  reminder: DueReminder,
  appointment: Appointment,
  guest: AppointmentGuest,
  { key, openPath, stopPath }: { key: string; openPath: string; stopPath: string },
  context: InvocationContext,
): Promise<void> {
  const texts = deps.reminders.texts;
  const consent = guest.textReminders;
  if (!texts || !consent) return;
  // Named after the reminder, so a retry makes the same codes and sends the same words.
  // Both short links go with the appointment's; the stop page stays reachable from the e-mails.
  const expiresAt = daysFrom(new Date(appointment.endsAt), 30);
  const link = await deps.reminders.shortLinks.shorten(openPath, `${key}|open`, expiresAt);
  const stopLink = await deps.reminders.shortLinks.shorten(stopPath, `${key}|stop`, expiresAt);
  const text = composeReminderText({
    appointment,
    guest: { ...guest, textReminders: consent },
    minutesBefore: reminder.minutesBefore,
    link: `${deps.portal.url}/r/${link}`,
    stopLink: `${deps.portal.url}/r/${stopLink}`,
    brand: deps.portal.brand,
  });
  const sent = await deliverOnce(
    deps,
    key,
    () => texts.send(text, { id: operationIdFor(key), firstSentAt: reminderDueAt(reminder) }),
    context,
    () => recordReminder(deps, appointment, guest, 'reminder-sent', 'sms'),
    // A number the service will never deliver to is not retried: the trail says so, staff can fix it.
    (error) => error.code === 'sms.invalid-number',
  );
  if (!sent.ok) {
    context.warn(`A reminder text was refused (${sent.error.code}).`);
    await recordReminder(deps, appointment, guest, 'reminder-refused', sent.error.code);
  }
}

/** The trail's line for a reminder: sent (by which channel) or refused (with the service's code). */
function recordReminder(
  deps: Deps,
  appointment: Appointment,
  guest: AppointmentGuest,
  kind: 'reminder-sent' | 'reminder-refused',
  detail: string,
) {
  return deps.auditTrail.record({
    appointmentId: appointment.id,
    kind,
    at: deps.clock().toISOString(),
    actor: 'portal',
    name: guest.name,
    detail,
  });
}

function daysFrom(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 24 * 60 * 60_000);
}
