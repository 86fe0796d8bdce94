import { joinWindow, type Appointment, type JoinPurpose } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/**
 * Whether a guest's join now is a first join or a rejoin. A guest who holds the identity an earlier
 * join minted has joined before (the portal cannot see admission in Azure, so pressing "Join" counts),
 * so once the window has closed they get the rejoin grace. The store is asked only while that grace
 * would still be open, so neither the common case nor a list of past appointments costs a read.
 */
export async function guestJoinPurpose(
  deps: Pick<FunctionDependencies, 'callIdentities' | 'policies'>,
  appointment: Appointment,
  guestEmail: string,
  now: Date,
): Promise<Extract<JoinPurpose, 'join' | 'rejoin'>> {
  const window = joinWindow(appointment, now, deps.policies.joinWindow, 'join');
  if (window.open || window.reason !== 'closed') return 'join';
  if (!joinWindow(appointment, now, deps.policies.joinWindow, 'rejoin').open) return 'join';
  return (await deps.callIdentities.find(appointment.id, guestEmail)) === undefined ? 'join' : 'rejoin';
}
