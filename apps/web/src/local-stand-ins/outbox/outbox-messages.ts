import 'server-only';
import { readOutbox, readSmsOutbox, type OutboxMessage, type SmsOutboxMessage } from '@portico/emulator-client';

/** The e-mail emulator's messages for the outbox page, or undefined when it is down or answers nonsense. */
export async function outboxMessages(emailEmulatorUrl: string): Promise<readonly OutboxMessage[] | undefined> {
  try {
    return await readOutbox(emailEmulatorUrl);
  } catch {
    return undefined;
  }
}

/** The SMS emulator's messages (on the same emulator server), or undefined when it is down. */
export async function outboxTexts(emulatorsUrl: string): Promise<readonly SmsOutboxMessage[] | undefined> {
  try {
    return await readSmsOutbox(emulatorsUrl);
  } catch {
    return undefined;
  }
}
