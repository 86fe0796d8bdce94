import { z } from 'zod';
import { emulatorRequest } from '../emulator-request';

/** One text message as the ACS SMS emulator keeps it in its outbox. */
const smsOutboxMessageSchema = z.object({
  messageId: z.string(),
  acceptedAt: z.string(),
  from: z.string(),
  to: z.string(),
  message: z.string(),
  tag: z.string().optional(),
});

export type SmsOutboxMessage = z.infer<typeof smsOutboxMessageSchema>;

const smsOutboxSchema = z.object({ messages: z.array(smsOutboxMessageSchema) });

/** Every text message the emulator holds, oldest first; throws when it is down or answers nonsense. */
export async function readSmsOutbox(emulatorsUrl: string): Promise<SmsOutboxMessage[]> {
  const answer = await emulatorRequest(`${emulatorsUrl}/sms/_outbox`);
  return smsOutboxSchema.parse(await answer.json()).messages;
}

/** The text messages the emulator holds for one number (E.164), in the order they were sent. */
export async function textsTo(emulatorsUrl: string, phone: string): Promise<SmsOutboxMessage[]> {
  return (await readSmsOutbox(emulatorsUrl)).filter((message) => message.to === phone);
}
