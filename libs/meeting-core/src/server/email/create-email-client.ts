import { EmailClient } from '@azure/communication-email';
import type { TokenCredential } from '@azure/identity';

/** Where e-mail goes: ACS through Entra ID in Azure, or the local e-mail emulator. */
export type EmailClientOptions =
  | { readonly kind: 'acs'; readonly endpoint: string; readonly credential: TokenCredential }
  | { readonly kind: 'emulator'; readonly baseUrl: string };

/**
 * The queue is the retry: a failed send fails the attempt and the queue tries again, up to five
 * times before the poison queue. SDK retries on top would multiply the attempts and hold the worker.
 */
const retryOptions = { maxRetries: 0 };

/** An `EmailClient` for ACS or the emulator; the emulator takes the same signed calls over plain HTTP. */
export function createEmailClient(options: EmailClientOptions): EmailClient {
  if (options.kind === 'acs') return new EmailClient(options.endpoint, options.credential, { retryOptions });
  const endpoint = new URL('/', options.baseUrl).href;
  // The emulator checks that requests are signed, not by which key, so a fixed local key will do.
  const accessKey = Buffer.from('portico-local-email-emulator').toString('base64');
  return new EmailClient(`endpoint=${endpoint};accesskey=${accessKey}`, {
    allowInsecureConnection: true,
    retryOptions,
  });
}
