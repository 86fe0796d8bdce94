import type { FastifyInstance } from 'fastify';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { z } from 'zod';
import { requireAcsSignature } from '../acs-auth/require-acs-signature';
import type { SmsOutbox } from './sms-outbox';

/** What ACS takes as a sender: a number it leased to the resource, or an alphanumeric sender ID. */
const sender = z.union([z.string().regex(/^\+[1-9]\d{6,14}$/), z.string().regex(/^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/)]);
const sendInput = z.object({
  from: sender,
  smsRecipients: z
    .array(
      z.object({
        to: z.string().max(32),
        repeatabilityRequestId: z.string().max(64).optional(),
        repeatabilityFirstSent: z.string().max(64).optional(),
      }),
    )
    .min(1)
    .max(100),
  message: z.string().min(1).max(2048),
  smsSendOptions: z
    .object({ enableDeliveryReport: z.boolean().optional(), tag: z.string().max(256).optional() })
    .optional(),
});
const faultInput = z.object({
  status: z.union([z.literal(429), z.literal(500), z.literal(503)]),
  times: z.number().int().min(1).max(1000),
});

function acsError(code: string, message: string) {
  return { error: { code, message } };
}

/** E.164, and a number that exists in its country's numbering plan, as the SMS service checks. */
function isDeliverable(to: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(to) && isValidPhoneNumber(to);
}

/**
 * The subset of the Azure Communication Services SMS API that `SmsClient.send` calls, with ACS's
 * path, status codes and bodies: a 202 with one result per recipient, where a number that is not
 * valid E.164 fails alone with 400, and a repeated repeatability request id answers as the first.
 * `/sms/_outbox` lets the portal's outbox page and tests read what was sent, `/sms/_faults` makes
 * the next sends fail.
 */
export async function smsRoutes(
  app: FastifyInstance,
  { outbox, accessKey, now = () => new Date() }: { outbox: SmsOutbox; accessKey: string; now?: () => Date },
): Promise<void> {
  await app.register(async (acs) => {
    requireAcsSignature(acs, accessKey, now);
    acs.post<{ Querystring: { 'api-version'?: string } }>('/sms', async (request, reply) => {
      if (!request.query['api-version']) {
        return reply.code(400).send(acsError('MissingApiVersionParameter', 'api-version is required.'));
      }
      const failure = outbox.nextFailure();
      if (failure !== undefined) {
        if (failure === 429) reply.header('retry-after', '1');
        return reply.code(failure).send(acsError('ServiceUnavailable', 'Injected by the SMS emulator.'));
      }
      const input = sendInput.safeParse(request.body);
      if (!input.success) return reply.code(400).send(acsError('BadRequest', input.error.message));
      const { from, smsRecipients, message, smsSendOptions } = input.data;
      const tag = smsSendOptions?.tag;
      const value = smsRecipients.map((recipient) => {
        if (!isDeliverable(recipient.to)) {
          return {
            to: recipient.to,
            httpStatusCode: 400,
            successful: false,
            errorMessage: 'Invalid To phone number format.',
          };
        }
        const accepted = outbox.accept(
          { from, to: recipient.to, message, ...(tag === undefined ? {} : { tag }) },
          recipient.repeatabilityRequestId,
          now(),
        );
        return {
          to: recipient.to,
          messageId: accepted.message.messageId,
          httpStatusCode: 202,
          repeatabilityResult: accepted.repeated ? 'rejected' : 'accepted',
          successful: true,
        };
      });
      return reply.code(202).send({ value });
    });
  });

  app.get('/sms/_outbox', async () => ({ messages: outbox.list() }));
  app.delete('/sms/_outbox', async (_request, reply) => {
    outbox.clear();
    return reply.code(204).send();
  });
  app.post('/sms/_faults', async (request, reply) => {
    const fault = faultInput.safeParse(request.body);
    if (!fault.success) return reply.code(400).send(acsError('BadRequest', fault.error.message));
    outbox.failNext(fault.data);
    return reply.code(204).send();
  });
  app.delete('/sms/_faults', async (_request, reply) => {
    outbox.clearFaults();
    return reply.code(204).send();
  });
}
