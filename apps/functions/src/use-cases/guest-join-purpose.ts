import { joinWindow, type Appointment, type JoinPurpose } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/**
 * Whether a guest's join now is a first join or a rejoin. A guest who holds the identity an earlier
 * join minted was in the call, so once the window has closed they get the rejoin grace; the store is
 * asked only then, so the common case costs no read.
 */
export async function guestJoinPurpose(
  deps: Pick<FunctionDependencies, 'callIdentities' | 'policies'>,
  appointment: Appointment,
  guestEmail: string,
  now: Date,
): Promise<Extract<JoinPurpose, 'join' | 'rejoin'>> {
  const window = joinWindow(appointment, now, deps.policies.joinWindow, 'join');
  if (window.open || window.reason !== 'closed') return 'join';
  return (await deps.callIdentities.find(appointment.id, guestEmail)) === undefined ? 'join' : 'rejoin';
}
