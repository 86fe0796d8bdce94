import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkAcsRequestSignature } from './acs-request-signature';

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: string;
  }
}

/**
 * Makes every route of this (encapsulated) Fastify instance demand what ACS demands: the
 * HMAC-SHA256 signature made with the resource's access key over method, path and query, date,
 * host and body hash. A missing, forged or stale signature is a 401 with ACS's error body.
 */
export function requireAcsSignature(app: FastifyInstance, accessKey: string, now: () => Date): void {
  // The signature covers the body's exact bytes, so keep them before parsing.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    request.rawBody = body as string;
    try {
      done(null, body === '' ? {} : JSON.parse(body as string));
    } catch {
      done(Object.assign(new Error('The body is not JSON.'), { statusCode: 400 }), undefined);
    }
  });
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const refusal = checkAcsRequestSignature(
      {
        method: request.method,
        pathAndQuery: request.url,
        host: request.headers.host ?? '',
        headers: request.headers,
        rawBody: request.rawBody ?? '',
      },
      accessKey,
      now(),
    );
    if (refusal) return reply.code(401).send({ error: { code: 'Unauthorized', message: `Denied: ${refusal}.` } });
    return undefined;
  });
}
