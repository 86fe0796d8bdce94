import { CommunicationIdentityClient } from '@azure/communication-identity';
import type { TokenCredential } from '@azure/identity';
import { perTryTimeout } from '../azure-sdk/per-try-timeout';

/** How the Functions app reaches ACS identity: Entra ID in Azure, a connection string otherwise. */
export type IdentityClientOptions = (
  | { readonly kind: 'acs'; readonly endpoint: string; readonly credential: TokenCredential }
  | { readonly kind: 'connection-string'; readonly connectionString: string }
) & {
  /** How long one call may take before it is abandoned; none by default (tests, tools). */
  readonly timeoutMs?: number;
};

const loopback = /^https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\//i;

/** The ACS resource endpoint named in a connection string (`endpoint=…;accesskey=…`). */
export function connectionStringEndpoint(connectionString: string): string {
  return /endpoint=([^;]+)/i.exec(connectionString)?.[1] ?? '';
}

/**
 * A `CommunicationIdentityClient`. The emulator is reached with a connection string, so requests are
 * signed with the access key exactly as in production; plain http is allowed for loopback only.
 */
export function createIdentityClient(options: IdentityClientOptions): CommunicationIdentityClient {
  const additionalPolicies = options.timeoutMs === undefined ? [] : [perTryTimeout(options.timeoutMs)];
  // One retry: a guest is waiting on the join, and their browser retries the whole join after that.
  const retryOptions = { maxRetries: 1 };
  if (options.kind === 'acs')
    return new CommunicationIdentityClient(options.endpoint, options.credential, { retryOptions, additionalPolicies });
  const endpoint = connectionStringEndpoint(options.connectionString);
  return new CommunicationIdentityClient(options.connectionString, {
    allowInsecureConnection: loopback.test(endpoint),
    retryOptions,
    additionalPolicies,
  });
}
