import { setTimeout as sleep } from 'node:timers/promises';
import { InvocationContext } from '@azure/functions';
import type { DequeuedMessageItem, QueueClient } from '@azure/storage-queue';
import { isQueueFunction, type FunctionDeclaration, type QueueFunctionDeclaration } from '../function-declaration';

export interface LocalQueueListenerOptions {
  readonly queueClient: (name: string) => QueueClient;
  /** Attempts before a message moves to `{queue}-poison`; the Functions host's default is 5. */
  readonly maxDequeueCount?: number;
  /** Messages leased at once and run at the same time; the host's default is 16. */
  readonly batchSize?: number;
  /** How long a failed message stays hidden before its next attempt; the host's default is none. */
  readonly retryDelaySeconds?: number;
  /** Idle polling backs off from the first to the second value, as the host's does. */
  readonly pollIntervalMs?: readonly [number, number];
  readonly log?: (line: string) => void;
}

export interface RunningQueueListeners {
  stop(): Promise<void>;
}

/** How long a message is leased while its handler runs. */
const leaseSeconds = 5 * 60;

/**
 * Runs the declared queue functions on this machine the way the Functions host does: messages are
 * leased in batches (16 by default) and run concurrently, a new batch leased when half of one is
 * left, decoded from base64 (and from JSON when they are JSON), handed over with their trigger
 * metadata, deleted on success, retried on failure, and moved to the poison queue after the last
 * attempt. It is never deployed.
 */
export function startLocalQueueListeners(
  table: readonly FunctionDeclaration[],
  options: LocalQueueListenerOptions,
): RunningQueueListeners {
  const stopping = new AbortController();
  const loops = table.filter(isQueueFunction).map((declaration) => listen(declaration, options, stopping.signal));
  return {
    async stop() {
      stopping.abort();
      await Promise.all(loops);
    },
  };
}

async function listen(
  declaration: QueueFunctionDeclaration,
  options: LocalQueueListenerOptions,
  signal: AbortSignal,
): Promise<void> {
  const log = options.log ?? (() => undefined);
  const queue = options.queueClient(declaration.trigger.queueName);
  const poison = options.queueClient(`${declaration.trigger.queueName}-poison`);
  const [minPoll, maxPoll] = options.pollIntervalMs ?? [100, 2000];
  const batchSize = options.batchSize ?? 16;
  // As the Functions host does, the next batch is leased once no more than half a batch is still
  // running (its newBatchThreshold), so one slow message does not hold up the queue behind it.
  const newBatchThreshold = Math.floor(batchSize / 2);
  const running = new Set<Promise<void>>();
  let idle = minPoll;
  while (!signal.aborted) {
    if (running.size > newBatchThreshold) {
      await Promise.race(running);
      continue;
    }
    let messages: DequeuedMessageItem[] = [];
    try {
      messages = (await queue.receiveMessages({ numberOfMessages: batchSize, visibilityTimeout: leaseSeconds }))
        .receivedMessageItems;
    } catch (error) {
      log(`[${declaration.name}] cannot read the queue: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const message of messages) {
      const delivery: Promise<void> = deliver(declaration, message, { queue, poison, options, log }).finally(() =>
        running.delete(delivery),
      );
      running.add(delivery);
    }
    if (messages.length > 0) {
      idle = minPoll;
      continue;
    }
    await sleep(idle, undefined, { signal }).catch(() => undefined);
    idle = Math.min(maxPoll, idle * 2);
  }
  await Promise.all(running);
}

async function deliver(
  declaration: QueueFunctionDeclaration,
  message: DequeuedMessageItem,
  {
    queue,
    poison,
    options,
    log,
  }: { queue: QueueClient; poison: QueueClient; options: LocalQueueListenerOptions; log: (line: string) => void },
): Promise<void> {
  const context = new InvocationContext({
    functionName: declaration.name,
    triggerMetadata: {
      id: message.messageId,
      dequeueCount: message.dequeueCount,
      insertionTime: message.insertedOn.toISOString(),
      expirationTime: message.expiresOn.toISOString(),
      popReceipt: message.popReceipt,
    },
    logHandler: (level, ...args) => log(`[${declaration.name}] ${level}: ${args.map(String).join(' ')}`),
  });
  try {
    await declaration.handler(decode(message.messageText), context);
    await queue.deleteMessage(message.messageId, message.popReceipt);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (message.dequeueCount >= (options.maxDequeueCount ?? 5)) {
      log(
        `[${declaration.name}] attempt ${message.dequeueCount} failed (${reason}); moving the message to the poison queue`,
      );
      await poison.createIfNotExists();
      await poison.sendMessage(message.messageText);
      await queue.deleteMessage(message.messageId, message.popReceipt);
    } else {
      log(`[${declaration.name}] attempt ${message.dequeueCount} failed (${reason}); it will be retried`);
      await queue.updateMessage(message.messageId, message.popReceipt, undefined, options.retryDelaySeconds ?? 0);
    }
  }
}

/** The message as the Functions host hands it over: base64-decoded, and parsed when it is JSON. */
function decode(messageText: string): unknown {
  const text = Buffer.from(messageText, 'base64').toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
