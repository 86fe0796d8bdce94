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
import { guestJoinPurpose } from './guest-join-purpose';

/**
 * The appointment and the guest's grant to join it now (a rejoin for a guest who was in the call), or
 * to renew their token in a call; or why not. Asked afresh for every token.
 */
export async function authorisedJoin(
  deps: Pick<FunctionDependencies, 'appointments' | 'clock' | 'policies' | 'callIdentities'>,
  appointmentId: string,
  guestEmail: string,
  purpose: Extract<JoinPurpose, 'join' | 'renewal'> = 'join',
): Promise<Result<{ readonly appointment: Appointment; readonly grant: JoinGrant }, PorticoError>> {
  const stored = await deps.appointments.get(appointmentId);
  if (!stored) return err(porticoError('appointment.not-found'));
  const now = deps.clock();
  const asked = purpose === 'join' ? await guestJoinPurpose(deps, stored.appointment, guestEmail, now) : purpose;
  const grant = authoriseJoin(stored.appointment, guestEmail, now, deps.policies, asked);
  return grant.ok ? ok({ appointment: stored.appointment, grant: grant.value }) : grant;
}
