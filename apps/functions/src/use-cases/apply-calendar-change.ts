import { syncCalendarEvent, type AppointmentOrganiser } from '@portico/domain';
import { queueGuestNotices } from './queue-guest-notices';
import type { FunctionDependencies } from '../function-dependencies';
import { syncedAppointmentId } from './synced-appointment-id';

export type CalendarChangeDeps = Pick<
  FunctionDependencies,
  'appointments' | 'calendars' | 'notices' | 'clock' | 'calendarSync'
>;

/** Writes that lose a race are decided again from a fresh read, this many times at most. */
const maxAttempts = 5;

/**
 * Brings one event's appointment up to date with the calendar: reads the event as it is now, decides
 * with the domain, and writes under the ETag it read, so concurrent workers never overwrite a newer
 * version. Guests' e-mails are queued after the write; a repeat of the change queues them again,
 * harmlessly, in case that queuing failed. A failure throws, so the queue retries the message.
 */
export async function applyCalendarChange(
  deps: CalendarChangeDeps,
  organiser: AppointmentOrganiser,
  eventId: string,
  log: { log(message: string): void },
): Promise<void> {
  const appointmentId = syncedAppointmentId(organiser.id, eventId);
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const state = await deps.calendars.readEvent(organiser.id, eventId);
    if (!state.ok) throw new Error(`The calendar could not be read (${state.error.code}); the queue will retry.`);
    const stored = await deps.appointments.get(appointmentId);
    const decision = syncCalendarEvent({
      current: stored?.appointment,
      state: state.value,
      appointmentId,
      organiser,
      rules: deps.calendarSync.rules,
      now: deps.clock(),
    });
    if (decision.kind === 'nothing') {
      log.log(`Calendar event needs no change (${decision.reason}).`);
      await queueGuestNotices(deps.notices, appointmentId, decision.resend ?? []);
      return;
    }
    const written = stored
      ? await deps.appointments.update(decision.appointment, stored.etag)
      : await deps.appointments.create(decision.appointment);
    if (written.ok) {
      await queueGuestNotices(deps.notices, appointmentId, decision.notices);
      return;
    }
    if (written.error.code !== 'appointment.conflict' && written.error.code !== 'appointment.already-exists') {
      throw new Error(`The appointment could not be stored (${written.error.code}); the queue will retry.`);
    }
  }
  throw new Error('The appointment kept changing under this worker; the queue will retry.');
}
