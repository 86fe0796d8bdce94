import 'server-only';
import { z } from 'zod';

const outboxSchema = z.object({
  messages: z.array(
    z.object({
      operationId: z.string(),
      acceptedAt: z.string(),
      to: z.array(z.object({ address: z.string() })),
      subject: z.string(),
      plainText: z.string().optional(),
      attachments: z.array(z.object({ name: z.string() })),
    }),
  ),
});

export type OutboxMessage = z.infer<typeof outboxSchema>['messages'][number];

/** The e-mail emulator's messages, or undefined when it is down or answers nonsense. */
export async function readOutbox(emailEmulatorUrl: string): Promise<readonly OutboxMessage[] | undefined> {
  try {
    const response = await fetch(`${emailEmulatorUrl}/email/_outbox`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    });
    const parsed = outboxSchema.safeParse(response.ok ? await response.json() : undefined);
    return parsed.success ? parsed.data.messages : undefined;
  } catch {
    return undefined;
  }
}
