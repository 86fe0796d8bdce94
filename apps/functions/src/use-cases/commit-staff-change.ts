import { ok, type Appointment, type GuestNoticeKind, type PorticoError, type Result } from '@portico/domain';
import type { StoredAppointment } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { noticeOfCurrentVersion, queueGuestNotices } from './queue-guest-notices';
import { recordAppointmentChange } from './record-appointment-change';

export interface StaffChange {
  /** The appointment as the staff member saw it, with its version. */
  readonly current: StoredAppointment;
  /** The appointment with the change made by the domain. */
  readonly changed: Appointment;
  /** Makes the same change to the meeting in the organiser's calendar; absent when that waits (a cancel). */
  readonly inCalendar?: (calendarEventId: string) => Promise<Result<unknown, PorticoError>>;
  /** Whether an appointment already shows the change. */
  readonly isApplied: (appointment: Appointment) => boolean;
  /** The e-mail the change sends the guests. */
  readonly notice: GuestNoticeKind;
  /** How long the e-mail waits before the worker sees it. */
  readonly noticeDelaySeconds?: number;
}

/**
 * Carries a staff member's change through: the calendar first, then the appointment under the version
 * they saw, then the guests' e-mail. Calendar sync may store the same change first (the event's
 * notification raced the request, and this update then conflicts); when the appointment already
 * shows the change, that is the outcome asked for, and sync has told the guests.
 */
export async function commitStaffChange(
  deps: Pick<FunctionDependencies, 'appointments' | 'notices' | 'auditTrail'>,
  { current, changed, inCalendar, isApplied, notice, noticeDelaySeconds }: StaffChange,
): Promise<Result<StoredAppointment, PorticoError>> {
  const { appointment, etag } = current;
  if (inCalendar && appointment.calendarEventId) {
    const calendar = await inCalendar(appointment.calendarEventId);
    if (!calendar.ok) return calendar;
  }
  const stored = await deps.appointments.update(changed, etag);
  if (!stored.ok && stored.error.code === 'appointment.conflict') {
    const now = await deps.appointments.get(appointment.id);
    if (now && isApplied(now.appointment)) return ok(now);
  }
  if (!stored.ok) return stored;
  await queueGuestNotices(
    deps.notices,
    appointment.id,
    [noticeOfCurrentVersion(stored.value.appointment, notice)],
    noticeDelaySeconds,
  );
  await recordAppointmentChange(deps, appointment, stored.value.appointment, {
    actor: 'staff',
    name: appointment.organiser.name,
  });
  return stored;
}
