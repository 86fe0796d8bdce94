import type { QueueClient } from '@azure/storage-queue';
import { isPersonalKey, redactText } from '@portico/app-runtime/telemetry';

/** What a poison queue holds, for an operator deciding whether to replay it. */
export interface PoisonQueueReport {
  readonly queue: string;
  readonly count: number;
  /**
   * The first few messages, decoded, so a person can see what failed, with every token and address
   * blanked: a poison sign-in notice holds a live sign-in token, which must not reach a terminal or
   * a log. Replay moves the messages themselves, untouched.
   */
  readonly sample: readonly string[];
}

/** How long a replayed message is leased while it is copied back. */
const leaseSeconds = 60;

/** The messages waiting in a poison queue (without taking them), decoded from base64. */
export async function inspectPoisonQueue(poison: QueueClient): Promise<PoisonQueueReport> {
  const properties = await poison.getProperties();
  const peeked = await poison.peekMessages({ numberOfMessages: 5 });
  return {
    queue: poison.name,
    count: properties.approximateMessagesCount ?? 0,
    sample: peeked.peekedMessageItems.map((m) =>
      redactedMessage(Buffer.from(m.messageText, 'base64').toString('utf8')),
    ),
  };
}

/** A queue message fit to show: secret and personal fields blanked, tokens and addresses in text replaced. */
export function redactedMessage(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), (key, value: unknown) =>
      key !== '' && isPersonalKey(key) ? '[redacted]' : typeof value === 'string' ? redactText(value) : value,
    );
  } catch {
    return redactText(text);
  }
}

/**
 * Moves every message from a poison queue back onto its queue, unchanged, so the worker tries it
 * again (with a fresh attempt count). Each message is sent before it is deleted: a replay cut short
 * may leave a copy in both queues, never in neither, and the workers are idempotent.
 */
export async function replayPoisonQueue(poison: QueueClient, target: QueueClient): Promise<number> {
  let replayed = 0;
  for (;;) {
    const { receivedMessageItems } = await poison.receiveMessages({
      numberOfMessages: 32,
      visibilityTimeout: leaseSeconds,
    });
    if (receivedMessageItems.length === 0) return replayed;
    for (const message of receivedMessageItems) {
      await target.sendMessage(message.messageText);
      await poison.deleteMessage(message.messageId, message.popReceipt);
      replayed++;
    }
  }
}
