import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

/**
 * A test switch no real ACS has: tokens that last seconds instead of ACS's minimum of an hour, so a
 * test sees a token run out and be renewed mid-call. Off unless a test turns it on.
 */
export class TokenLifetimeOverride {
  seconds: number | undefined;
}

const settingsInput = z.object({ tokenLifetimeSeconds: z.number().int().min(10).max(3600).nullable() });

/** `POST /identity/_settings`: sets or clears the override. */
export async function tokenLifetimeRoutes(
  app: FastifyInstance,
  { override }: { override: TokenLifetimeOverride },
): Promise<void> {
  app.post('/identity/_settings', async (request, reply) => {
    const input = settingsInput.safeParse(request.body);
    if (!input.success) return reply.code(400).send({ error: { code: 'BadRequest', message: input.error.message } });
    override.seconds = input.data.tokenLifetimeSeconds ?? undefined;
    return reply.code(204).send();
  });
}
