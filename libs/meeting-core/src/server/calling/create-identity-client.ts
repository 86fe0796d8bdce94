import { CommunicationIdentityClient } from '@azure/communication-identity';
import type { TokenCredential } from '@azure/identity';

/** How the Functions app reaches ACS identity: Entra ID in Azure, a connection string otherwise. */
export type IdentityClientOptions =
  | { readonly kind: 'acs'; readonly endpoint: string; readonly credential: TokenCredential }
  | { readonly kind: 'connection-string'; readonly connectionString: string };

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
  if (options.kind === 'acs') return new CommunicationIdentityClient(options.endpoint, options.credential);
  const endpoint = connectionStringEndpoint(options.connectionString);
  return new CommunicationIdentityClient(options.connectionString, {
    allowInsecureConnection: loopback.test(endpoint),
    // The Functions host retries the whole request; the guest's browser retries the join.
    retryOptions: { maxRetries: 1 },
  });
}
