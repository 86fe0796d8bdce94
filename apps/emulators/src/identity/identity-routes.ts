import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireAcsSignature } from '../acs-auth/require-acs-signature';
import { emulatorResourceId, issueAcsToken } from './acs-access-tokens';
import type { TokenLifetimeOverride } from './token-lifetime-override';

const apiVersions = new Set(['2021-03-07', '2022-06-01', '2022-10-01', '2023-08-01', '2023-10-01', '2025-06-30']);
const scope = z.enum(['chat', 'voip', 'chat.join', 'chat.join.limited', 'voip.join']);
const lifetime = z.number().int().min(60).max(1440).default(1440);
const createInput = z.object({ createTokenWithScopes: z.array(scope).optional(), expiresInMinutes: lifetime });
const issueInput = z.object({ scopes: z.array(scope).min(1), expiresInMinutes: lifetime });

/** An error body shaped as the ACS identity API sends them. */
const acsError = (code: string, message: string) => ({ error: { code, message } });

/**
 * The subset of the ACS identity API that `CommunicationIdentityClient` calls for Portico (create a
 * user with a token, issue a token for a user), with ACS's paths, versions, bodies and status codes.
 * Every request must carry the HMAC-SHA256 signature made with the access key, as ACS demands.
 */
export async function identityRoutes(
  app: FastifyInstance,
  {
    accessKey,
    lifetimeOverride,
    now = () => new Date(),
  }: { accessKey: string; lifetimeOverride?: TokenLifetimeOverride; now?: () => Date },
): Promise<void> {
  const users = new Set<string>();
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const version = (request.query as Record<string, string | undefined>)['api-version'];
    if (!version || !apiVersions.has(version)) {
      return reply
        .code(400)
        .send(acsError('InvalidApiVersion', `api-version ${version ?? '(none)'} is not supported.`));
    }
    return undefined;
  });
  requireAcsSignature(app, accessKey, now);

  const token = async (userId: string, scopes: readonly string[], minutes: number) => {
    const issuedAt = now();
    // Whole seconds, as in the token's `exp`, so `expiresOn` and the token agree.
    const lifetimeMs = (lifetimeOverride?.seconds ?? minutes * 60) * 1000;
    const expiresAt = new Date(Math.floor(issuedAt.getTime() / 1000) * 1000 + lifetimeMs);
    return {
      token: await issueAcsToken({ userId, scopes, expiresAt }, accessKey, issuedAt),
      expiresOn: expiresAt.toISOString(),
    };
  };

  app.post('/identities', async (request, reply) => {
    const input = createInput.safeParse(request.body ?? {});
    if (!input.success) return reply.code(400).send(acsError('ValidationError', input.error.message));
    const id = `8:acs:${emulatorResourceId}_${randomUUID()}`;
    users.add(id);
    const scopes = input.data.createTokenWithScopes;
    return reply.code(201).send({
      identity: { id },
      ...(scopes && scopes.length > 0 ? { accessToken: await token(id, scopes, input.data.expiresInMinutes) } : {}),
    });
  });

  // The identity service's own delete: the user and its tokens are gone; later token requests get 404.
  app.delete<{ Params: { id: string } }>('/identities/:id', async (request, reply) => {
    users.delete(request.params.id);
    return reply.code(204).send();
  });

  app.post<{ Params: { id: string } }>('/identities/:id/::issueAccessToken', async (request, reply) => {
    if (!users.has(request.params.id)) return reply.code(404).send(acsError('IdentityNotFound', 'No such identity.'));
    const input = issueInput.safeParse(request.body ?? {});
    if (!input.success) return reply.code(400).send(acsError('ValidationError', input.error.message));
    return reply.code(200).send(await token(request.params.id, input.data.scopes, input.data.expiresInMinutes));
  });
}
