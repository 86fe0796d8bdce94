import type { SignedInGuest } from '@portico/api-contract';
import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/** A guest uses up a sign-in link; it names the guest it was for. */
export async function guestRedeemsSignInLink(
  deps: Pick<FunctionDependencies, 'signInLinks' | 'clock'>,
  token: string,
): Promise<Result<SignedInGuest, PorticoError>> {
  const email = await deps.signInLinks.redeem(token, deps.clock());
  return email ? ok({ email }) : err(porticoError('sign-in.link-invalid'));
}
