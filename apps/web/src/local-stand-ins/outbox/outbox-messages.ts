import 'server-only';
import { readOutbox, type OutboxMessage } from '@portico/emulator-client';

/** The e-mail emulator's messages for the outbox page, or undefined when it is down or answers nonsense. */
export async function outboxMessages(emailEmulatorUrl: string): Promise<readonly OutboxMessage[] | undefined> {
  try {
    return await readOutbox(emailEmulatorUrl);
  } catch {
    return undefined;
  }
}
