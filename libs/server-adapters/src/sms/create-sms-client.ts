import { SmsClient } from '@azure/communication-sms';
import type { TokenCredential } from '@azure/identity';
import { perTryTimeout } from '../azure-sdk/per-try-timeout';

/** Where text messages go: ACS through Entra ID in Azure, or the local SMS emulator. */
export type SmsClientOptions = (
  | { readonly kind: 'acs'; readonly endpoint: string; readonly credential: TokenCredential }
  /** An access-key connection string: the SMS emulator's locally, which checks HMAC signatures as ACS does. */
  | { readonly kind: 'connection-string'; readonly connectionString: string }
) & {
  /** How long one send may take before it is abandoned. */
  readonly timeoutMs: number;
};

/** Headers that carry a send's repeatability from the adapter to the policy below; never sent. */
export const repeatabilityHeaders = {
  id: 'x-portico-repeatability-id',
  firstSent: 'x-portico-repeatability-first-sent',
};

/**
 * `SmsClient.send` makes up a new repeatability request id on every call, so a retried send would be
 * a second text. This policy puts the caller's own id and first-sent time in each recipient instead,
 * before the request is signed, so ACS recognises the retry.
 */
const callerRepeatability = {
  name: 'portico-sms-repeatability',
  async sendRequest<
    Request extends { headers: { get(name: string): string | undefined; delete(name: string): void }; body?: unknown },
    Response,
  >(request: Request, next: (request: Request) => Promise<Response>): Promise<Response> {
    const id = request.headers.get(repeatabilityHeaders.id);
    const firstSent = request.headers.get(repeatabilityHeaders.firstSent);
    request.headers.delete(repeatabilityHeaders.id);
    request.headers.delete(repeatabilityHeaders.firstSent);
    if (id && firstSent && typeof request.body === 'string') {
      const body = JSON.parse(request.body) as { smsRecipients?: Record<string, unknown>[] };
      for (const recipient of body.smsRecipients ?? []) {
        recipient['repeatabilityRequestId'] = id;
        recipient['repeatabilityFirstSent'] = firstSent;
      }
      request.body = JSON.stringify(body);
    }
    return next(request);
  },
};

/** The queue is the retry, as for e-mail; SDK retries on top would multiply the attempts. */
const retryOptions = { maxRetries: 0 };

/** An `SmsClient` for ACS or the emulator, which takes the same signed calls over plain HTTP. */
export function createSmsClient(options: SmsClientOptions): SmsClient {
  const additionalPolicies = [
    { policy: callerRepeatability, position: 'perCall' as const },
    perTryTimeout(options.timeoutMs),
  ];
  if (options.kind === 'acs')
    return new SmsClient(options.endpoint, options.credential, { retryOptions, additionalPolicies });
  return new SmsClient(options.connectionString, {
    // Production refuses local stand-ins at start-up, so only the loopback emulator is plain HTTP.
    allowInsecureConnection: /endpoint=http:/i.test(options.connectionString),
    retryOptions,
    additionalPolicies,
  });
}
