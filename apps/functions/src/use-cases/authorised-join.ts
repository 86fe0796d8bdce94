import {
  authoriseJoin,
  err,
  ok,
  porticoError,
  type Appointment,
  type JoinGrant,
  type JoinPurpose,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/** The appointment and the guest's grant to join it now, or why not; asked afresh for every token. */
export async function authorisedJoin(
  deps: Pick<FunctionDependencies, 'appointments' | 'clock' | 'policies'>,
  appointmentId: string,
  guestEmail: string,
  purpose: JoinPurpose = 'join',
): Promise<Result<{ readonly appointment: Appointment; readonly grant: JoinGrant }, PorticoError>> {
  const stored = await deps.appointments.get(appointmentId);
  if (!stored) return err(porticoError('appointment.not-found'));
  const grant = authoriseJoin(stored.appointment, guestEmail, deps.clock(), deps.policies, purpose);
  return grant.ok ? ok({ appointment: stored.appointment, grant: grant.value }) : grant;
}
