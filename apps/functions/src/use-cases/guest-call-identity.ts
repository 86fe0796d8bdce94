import type { CallToken } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';

type Deps = Pick<FunctionDependencies, 'identities' | 'callIdentities'>;

/**
 * The guest's ACS identity for this appointment with a fresh token: the one minted at their first
 * join, or a new one now. Rejoining therefore keeps one identity in the roster and the chat. An
 * identity the identity service has lost (deleted, or the ACS resource replaced) is replaced by a
 * new one instead of failing every join after it.
 */
export async function guestCallIdentity(
  deps: Deps,
  appointmentId: string,
  guestEmail: string,
): Promise<CallToken & { readonly userId: string }> {
  const known = await deps.callIdentities.find(appointmentId, guestEmail);
  if (known !== undefined) {
    const renewed = await deps.identities.renewToken(known);
    if (renewed) return { userId: known, ...renewed };
  }
  const issued = await deps.identities.createGuest();
  const kept =
    known === undefined
      ? await deps.callIdentities.remember(appointmentId, guestEmail, issued.userId)
      : await deps.callIdentities.replace(appointmentId, guestEmail, known, issued.userId);
  if (kept === issued.userId) return issued;
  // Another tab's join won the race: use its identity, so there is one.
  const renewed = await deps.identities.renewToken(kept);
  if (!renewed) throw new Error('The identity another request just stored is already unknown to ACS');
  return { userId: kept, ...renewed };
}
