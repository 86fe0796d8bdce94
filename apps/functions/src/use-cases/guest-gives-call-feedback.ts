import type { CallFeedbackRequest } from '@portico/api-contract';
import { err, ok, porticoError, recordCallFeedback, type PorticoError, type Result } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/** A write that loses a race with another change is decided again from a fresh read, this often. */
const maxAttempts = 3;

/**
 * A guest's answers after a call, kept on the appointment for its organiser to see. Written under the
 * version it read, so a change made meanwhile (a reschedule, another guest's feedback) is never lost.
 */
export async function guestGivesCallFeedback(
  deps: Pick<FunctionDependencies, 'appointments' | 'clock'>,
  input: { readonly appointmentId: string; readonly guestEmail: string } & CallFeedbackRequest,
): Promise<Result<undefined, PorticoError>> {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const stored = await deps.appointments.get(input.appointmentId);
    if (!stored) return err(porticoError('appointment.not-found'));
    const given = recordCallFeedback(stored.appointment, input, deps.clock());
    if (!given.ok) return given;
    const written = await deps.appointments.update(given.value, stored.etag);
    if (written.ok) return ok(undefined);
    if (written.error.code !== 'appointment.conflict') return written;
  }
  return err(porticoError('appointment.conflict'));
}
