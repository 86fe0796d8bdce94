import type { StaffAppointmentView } from '@portico/api-contract';

/**
 * The whole seconds left to undo an appointment's cancellation at `now`, or undefined when there is
 * nothing (any longer) to undo. Rounded up, so the last part of a second still offers the undo.
 */
export function undoSecondsLeft(
  appointment: Pick<StaffAppointmentView, 'status' | 'undoCancelUntil'>,
  now: Date,
): number | undefined {
  if (appointment.status !== 'cancelled' || appointment.undoCancelUntil === undefined) return undefined;
  const seconds = Math.ceil((Date.parse(appointment.undoCancelUntil) - now.getTime()) / 1000);
  return seconds > 0 ? seconds : undefined;
}
