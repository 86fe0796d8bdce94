import type { CommunicationIdentityClient, TokenScope } from '@azure/communication-identity';
import { callTokenLifetimeMinutes, type CallToken, type IdentityIssuer, type IssuedIdentity } from './identity-issuer';

const scopes: TokenScope[] = ['voip', 'chat'];

/** `IdentityIssuer` on the ACS identity service (or its emulator, through the same client). */
export class AcsIdentityIssuer implements IdentityIssuer {
  constructor(private readonly client: CommunicationIdentityClient) {}

  async createGuest(): Promise<IssuedIdentity> {
    const created = await this.client.createUserAndToken(scopes, { tokenExpiresInMinutes: callTokenLifetimeMinutes });
    return {
      userId: created.user.communicationUserId,
      token: created.token,
      expiresOn: created.expiresOn.toISOString(),
    };
  }

  async renewToken(userId: string): Promise<CallToken | undefined> {
    try {
      const renewed = await this.client.getToken({ communicationUserId: userId }, scopes, {
        tokenExpiresInMinutes: callTokenLifetimeMinutes,
      });
      return { token: renewed.token, expiresOn: renewed.expiresOn.toISOString() };
    } catch (error) {
      // ACS answers 404 `IdentityNotFound` for a user it no longer has.
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

/** The SDK's `RestError` with a 404, checked by shape: the error class belongs to a transitive package. */
function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'statusCode' in error && error.statusCode === 404;
}
