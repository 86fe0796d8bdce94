import {
  err,
  normaliseGuestEmail,
  ok,
  porticoError,
  type Locale,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

export interface GuestAsksForSignInLink {
  readonly email: string;
  readonly locale: Locale;
  /** The caller's address, as the web app saw it, for the per-client budget. */
  readonly client: string;
}

/**
 * A guest asks for a single-use sign-in link by e-mail. Both the address and the client have a
 * budget of requests. Whether the address has appointments is the worker's question, not this
 * one's: doing the same work for every address keeps timing from telling guests apart.
 */
export async function guestAsksForSignInLink(
  deps: Pick<FunctionDependencies, 'signInRateLimits' | 'notices' | 'clock' | 'newId'>,
  request: GuestAsksForSignInLink,
): Promise<Result<void, PorticoError>> {
  const email = normaliseGuestEmail(request.email);
  const now = deps.clock();
  const allowed =
    (await deps.signInRateLimits.perClient.take(request.client, now)) &&
    (await deps.signInRateLimits.perEmail.take(email, now));
  if (!allowed) return err(porticoError('sign-in.rate-limited'));
  await deps.notices.enqueue({ type: 'sign-in', email, locale: request.locale, requestId: deps.newId() });
  return ok(undefined);
}
