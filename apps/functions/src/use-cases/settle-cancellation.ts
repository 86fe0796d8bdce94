import { cancellationUndoableUntil, ok, type PorticoError, type Result } from '@portico/domain';
import type { GuestNotice, StoredAppointment } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { cancellationNoticeMarginSeconds } from './staff-cancels-appointment';

/** An appointment's notice; here always one of kind `cancelled`. */
type CancellationNotice = Extract<GuestNotice, { type: 'appointment' }>;

/**
 * What the worker does with a cancellation's notice before writing to the guests: `tell-guests`;
 * `stale`, for a cancellation undone or followed by another change, which sends nothing; or
 * `not-yet`, for a notice that came while the cancellation could still be undone (the clocks of
 * storage and Functions differ), which is queued again for when it comes due.
 */
export type CancellationOutcome = 'tell-guests' | 'stale' | 'not-yet';

type Deps = Pick<FunctionDependencies, 'appointments' | 'notices' | 'clock'>;

/**
 * Decides a cancellation notice against the appointment as it is now, and makes a staff
 * cancellation final: rewriting the appointment under the version read takes that version from an
 * undo still in flight, so exactly one of the two wins. A lost race is a conflict; the queue retries,
 * and the retry reads the undo and finds the notice stale.
 */
export async function settleCancellation(
  deps: Deps,
  notice: CancellationNotice,
  { appointment, etag }: StoredAppointment,
): Promise<Result<CancellationOutcome, PorticoError>> {
  // The notice names the version the cancellation made; any later version (an undo, a reinstatement,
  // a fresh cancellation with its own notice) makes it stale.
  if (appointment.status !== 'cancelled' || appointment.updatedAt !== notice.change) return ok('stale');
  if (!appointment.cancelledFrom) return ok('tell-guests');
  const now = deps.clock();
  const until = cancellationUndoableUntil(appointment, now);
  if (until !== undefined) {
    const waitSeconds = Math.ceil((Date.parse(until) - now.getTime()) / 1000) + cancellationNoticeMarginSeconds;
    await deps.notices.enqueue(notice, { delaySeconds: waitSeconds });
    return ok('not-yet');
  }
  const final = await deps.appointments.update(appointment, etag);
  return final.ok ? ok('tell-guests') : final;
}

/**
 * After the guests have been told: the meeting of a cancellation staff made in the portal leaves the
 * organiser's calendar. Already gone is fine (cancelling is idempotent). A cancellation the calendar
 * made needs nothing: its event is gone, or stopped qualifying and stays the organiser's own.
 */
export async function cancelStaffCancelledMeeting(
  deps: Pick<FunctionDependencies, 'meetings'>,
  { appointment }: StoredAppointment,
): Promise<Result<void, PorticoError>> {
  if (!appointment.cancelledFrom || appointment.calendarEventId === undefined) return ok(undefined);
  return deps.meetings.cancelMeeting(appointment.organiser.id, appointment.calendarEventId);
}
