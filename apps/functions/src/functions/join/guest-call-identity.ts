import type { CallToken } from '@portico/meeting-core/server';
import type { FunctionDependencies } from '../../function-dependencies';

/**
 * The guest's ACS identity for this appointment with a fresh token: the one minted at their first
 * join, or a new one now. Rejoining therefore keeps one identity in the roster and the chat.
 */
export async function guestCallIdentity(
  deps: Pick<FunctionDependencies, 'identities' | 'callIdentities'>,
  appointmentId: string,
  guestEmail: string,
): Promise<CallToken & { readonly userId: string }> {
  const known = await deps.callIdentities.find(appointmentId, guestEmail);
  if (known !== undefined) return { userId: known, ...(await deps.identities.renewToken(known)) };
  const issued = await deps.identities.createGuest();
  const kept = await deps.callIdentities.remember(appointmentId, guestEmail, issued.userId);
  // Another tab's first join won the race: use its identity, so there is one.
  return kept === issued.userId ? issued : { userId: kept, ...(await deps.identities.renewToken(kept)) };
}
