import type { CallTokenView } from '@portico/api-contract';
import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';
import { authorisedJoin } from './authorised-join';

/**
 * A guest in the call needs a new token for the identity they joined with, after the same checks as
 * the join, so a cancellation ends renewal. Only a call in progress renews (the browser's token
 * credential lives as long as the call), so the window runs to the in-call hard cap: an overrunning
 * appointment keeps its guest. A lost identity cannot go on in the
 * call it joined with: the guest joins again with a new one.
 */
export async function guestRenewsCallToken(
  deps: Pick<FunctionDependencies, 'appointments' | 'clock' | 'policies' | 'identities' | 'callIdentities'>,
  { appointmentId, guestEmail }: { readonly appointmentId: string; readonly guestEmail: string },
): Promise<Result<CallTokenView, PorticoError>> {
  const join = await authorisedJoin(deps, appointmentId, guestEmail, 'renewal');
  if (!join.ok) return join;
  const userId = await deps.callIdentities.find(appointmentId, guestEmail);
  if (userId === undefined) return err(porticoError('call.ticket-refused'));
  const token = await deps.identities.renewToken(userId);
  return token ? ok(token) : err(porticoError('call.ticket-refused'));
}
