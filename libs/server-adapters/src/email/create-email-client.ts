import { EmailClient } from '@azure/communication-email';
import type { TokenCredential } from '@azure/identity';
import { perTryTimeout } from '../azure-sdk/per-try-timeout';

/** Where e-mail goes: ACS through Entra ID in Azure, or the local e-mail emulator. */
export type EmailClientOptions = (
  | { readonly kind: 'acs'; readonly endpoint: string; readonly credential: TokenCredential }
  /** The emulator checks each request's HMAC signature with the same access key as the identity emulator. */
  | { readonly kind: 'emulator'; readonly baseUrl: string; readonly accessKey: string }
) & {
  /** How long one send or status call may take before it is abandoned. */
  readonly timeoutMs: number;
};

/**
 * The queue is the retry: a failed send fails the attempt and the queue tries again, up to five
 * times before the poison queue. SDK retries on top would multiply the attempts and hold the worker.
 */
const retryOptions = { maxRetries: 0 };

/** An `EmailClient` for ACS or the emulator; the emulator takes the same signed calls over plain HTTP. */
export function createEmailClient(options: EmailClientOptions): EmailClient {
  const additionalPolicies = [perTryTimeout(options.timeoutMs)];
  if (options.kind === 'acs')
    return new EmailClient(options.endpoint, options.credential, { retryOptions, additionalPolicies });
  const endpoint = new URL('/', options.baseUrl).href;
  return new EmailClient(`endpoint=${endpoint};accesskey=${options.accessKey}`, {
    allowInsecureConnection: true,
    retryOptions,
    additionalPolicies,
  });
}
