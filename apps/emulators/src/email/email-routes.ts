import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireAcsSignature } from '../acs-auth/require-acs-signature';
import type { EmailOutbox } from './email-outbox';

const address = z.object({ address: z.email(), displayName: z.string().max(256).optional() });
const sendInput = z.object({
  senderAddress: z.email(),
  content: z
    .object({ subject: z.string().min(1), plainText: z.string().optional(), html: z.string().optional() })
    .refine((c) => c.plainText !== undefined || c.html !== undefined, 'plainText or html is required'),
  recipients: z.object({
    to: z.array(address).min(1).max(50),
    cc: z.array(address).optional(),
    bcc: z.array(address).optional(),
  }),
  attachments: z
    .array(z.object({ name: z.string().min(1), contentType: z.string().min(1), contentInBase64: z.base64() }))
    .optional(),
  replyTo: z.array(address).optional(),
  disableUserEngagementTracking: z.boolean().optional(),
  headers: z.record(z.string(), z.string()).optional(),
});
const faultInput = z.object({
  status: z.union([z.literal(429), z.literal(500), z.literal(503)]),
  times: z.number().int().min(1).max(1000),
});

/** An error body shaped as the ACS Email API sends them. */
function acsError(code: string, message: string) {
  return { error: { code, message } };
}

/**
 * The subset of the Azure Communication Services Email API that `EmailClient` calls (send, then
 * poll the operation), with ACS's paths, status codes and bodies, so the production adapter runs
 * against it unchanged. ACS takes no path in its endpoint, so these sit at the server's root;
 * `/email/_outbox` lets the portal's outbox page and tests read what was sent, and `/email/_faults`
 * makes the next sends fail.
 */
export async function emailRoutes(
  app: FastifyInstance,
  { outbox, accessKey, now = () => new Date() }: { outbox: EmailOutbox; accessKey: string; now?: () => Date },
): Promise<void> {
  // ACS's own API, signed with the access key as ACS demands; the `_` routes below are the emulator's.
  await app.register(async (acs) => {
    requireAcsSignature(acs, accessKey, now);
    acs.post<{ Querystring: { 'api-version'?: string } }>('/emails:send', async (request, reply) => {
      const apiVersion = request.query['api-version'];
      if (!apiVersion) return reply.code(400).send(acsError('MissingApiVersionParameter', 'api-version is required.'));
      const failure = outbox.nextFailure();
      if (failure !== undefined) {
        if (failure === 429) reply.header('retry-after', '1');
        return reply.code(failure).send(acsError('ServiceUnavailable', 'Injected by the e-mail emulator.'));
      }
      const input = sendInput.safeParse(request.body);
      if (!input.success) return reply.code(400).send(acsError('BadRequest', input.error.message));
      const operationIdHeader = request.headers['operation-id'];
      const operationId =
        typeof operationIdHeader === 'string' && operationIdHeader !== '' ? operationIdHeader : undefined;
      const { senderAddress, content, recipients, attachments } = input.data;
      const accepted = outbox.accept(
        {
          senderAddress,
          to: recipients.to,
          subject: content.subject,
          ...(content.plainText === undefined ? {} : { plainText: content.plainText }),
          ...(content.html === undefined ? {} : { html: content.html }),
          attachments: attachments ?? [],
        },
        operationId,
      );
      const base = `${request.protocol}://${request.host}`;
      return reply
        .code(202)
        .header('operation-location', `${base}/emails/operations/${accepted.operationId}?api-version=${apiVersion}`)
        .header('retry-after', '0')
        .send({ id: accepted.operationId, status: 'Running' });
    });

    acs.get<{ Params: { operationId: string } }>('/emails/operations/:operationId', async (request, reply) => {
      const message = outbox.find(request.params.operationId);
      if (!message) return reply.code(404).send(acsError('NotFound', 'No such operation.'));
      return reply.code(200).send({ id: message.operationId, status: 'Succeeded' });
    });
  });

  app.get('/email/_outbox', async () => ({ messages: outbox.list() }));
  app.delete('/email/_outbox', async (_request, reply) => {
    outbox.clear();
    return reply.code(204).send();
  });
  app.post('/email/_faults', async (request, reply) => {
    const fault = faultInput.safeParse(request.body);
    if (!fault.success) return reply.code(400).send(acsError('BadRequest', fault.error.message));
    outbox.failNext(fault.data);
    return reply.code(204).send();
  });
  app.delete('/email/_faults', async (_request, reply) => {
    outbox.clearFaults();
    return reply.code(204).send();
  });
}
