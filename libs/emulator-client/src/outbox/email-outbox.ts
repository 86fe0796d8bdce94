import { z } from 'zod';
import { emulatorRequest } from '../emulator-request';

/** One e-mail as the ACS e-mail emulator keeps it in its outbox. */
const outboxMessageSchema = z.object({
  operationId: z.string(),
  acceptedAt: z.string(),
  senderAddress: z.string(),
  to: z.array(z.object({ address: z.string(), displayName: z.string().optional() })),
  subject: z.string(),
  plainText: z.string().optional(),
  html: z.string().optional(),
  attachments: z.array(z.object({ name: z.string(), contentType: z.string(), contentInBase64: z.string() })),
});

export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

const outboxSchema = z.object({ messages: z.array(outboxMessageSchema) });

/** Every e-mail the emulator holds, oldest first; throws when it is down or answers nonsense. */
export async function readOutbox(emailEmulatorUrl: string): Promise<OutboxMessage[]> {
  const answer = await emulatorRequest(`${emailEmulatorUrl}/email/_outbox`);
  return outboxSchema.parse(await answer.json()).messages;
}

/** The e-mails the emulator holds for one address, in the order they were sent. */
export async function emailsTo(emailEmulatorUrl: string, address: string): Promise<OutboxMessage[]> {
  return (await readOutbox(emailEmulatorUrl)).filter((message) => message.to.some((to) => to.address === address));
}

/** Waits until the emulator holds `count` e-mails for an address (a queue worker sends them). */
export async function waitForEmailsTo(
  emailEmulatorUrl: string,
  address: string,
  count: number,
): Promise<OutboxMessage[]> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const emails = await emailsTo(emailEmulatorUrl, address);
    if (emails.length >= count) return emails;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Expected ${count} e-mails to ${address}; got ${(await emailsTo(emailEmulatorUrl, address)).length}`);
}
