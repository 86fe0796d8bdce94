import type { TokenCredential } from '@azure/identity';
import { Client } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';

export type GraphClientOptions =
  /** Production: app-only tokens from Entra ID for Microsoft Graph. */
  | { readonly kind: 'entra'; readonly credential: TokenCredential }
  /** Local: the Graph emulator at `baseUrl` (e.g. http://127.0.0.1:7180/graph/). */
  | { readonly kind: 'emulator'; readonly baseUrl: string };

/**
 * A Microsoft Graph client with the SDK's default middleware, whose retry handler honours
 * `Retry-After` on 429, 503 and 504. The emulator gets the same client with another base URL.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  if (options.kind === 'entra') {
    const authProvider = new TokenCredentialAuthenticationProvider(options.credential, {
      scopes: ['https://graph.microsoft.com/.default'],
    });
    return Client.initWithMiddleware({ authProvider, defaultVersion: 'v1.0' });
  }
  return Client.initWithMiddleware({
    // The SDK attaches tokens only to https hosts, so the loopback emulator gets none and needs none.
    authProvider: { getAccessToken: async () => 'local-emulator' },
    baseUrl: options.baseUrl,
    defaultVersion: 'v1.0',
  });
}
