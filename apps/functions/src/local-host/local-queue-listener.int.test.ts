import { randomUUID } from 'node:crypto';
import { QueueClient } from '@azure/storage-queue';
import type { QueueFunctionDeclaration } from '../function-declaration';
import { startLocalQueueListeners, type RunningQueueListeners } from './local-queue-listener';

const connectionString = process.env['PORTICO_TEST_STORAGE_CONNECTION_STRING'] ?? '';

describe('the local queue listener, against Azurite', () => {
  const queueName = `listener-${randomUUID().slice(0, 8)}`;
  const queueClient = (name: string) => new QueueClient(connectionString, name);
  let listeners: RunningQueueListeners | undefined;

  beforeAll(async () => {
    await queueClient(queueName).createIfNotExists();
  });

  afterEach(async () => {
    await listeners?.stop();
    listeners = undefined;
  });

  afterAll(async () => {
    await queueClient(queueName).deleteIfExists();
    await queueClient(`${queueName}-poison`).deleteIfExists();
  });

  it('leases the next batch once half a batch is left, so one slow message does not hold up those behind it', async () => {
    const handled: string[] = [];
    let releaseSlow: () => void = () => undefined;
    const slowReleased = new Promise<void>((resolve) => (releaseSlow = resolve));
    const declaration: QueueFunctionDeclaration = {
      name: 'listenerProbe',
      trigger: { kind: 'queue', queueName, connection: 'Storage' },
      handler: async (message) => {
        if (message === 'slow') await slowReleased;
        handled.push(String(message));
      },
    };
    const queue = queueClient(queueName);
    await queue.sendMessage(Buffer.from('slow').toString('base64'));
    await queue.sendMessage(Buffer.from('quick-1').toString('base64'));
    listeners = startLocalQueueListeners([declaration], { queueClient, batchSize: 2, pollIntervalMs: [20, 50] });
    await until(() => handled.includes('quick-1'));
    // The slow message still runs: a whole-batch wait would not lease these until it ended.
    await queue.sendMessage(Buffer.from('quick-2').toString('base64'));
    await queue.sendMessage(Buffer.from('quick-3').toString('base64'));
    await until(() => handled.includes('quick-2') && handled.includes('quick-3'));
    expect(handled).not.toContain('slow');
    releaseSlow();
    await until(() => handled.includes('slow'));
    expect((await queue.peekMessages({ numberOfMessages: 32 })).peekedMessageItems).toEqual([]);
  });

  it('decodes JSON messages and moves a message that keeps failing to the poison queue', async () => {
    const seen: unknown[] = [];
    const declaration: QueueFunctionDeclaration = {
      name: 'listenerFailing',
      trigger: { kind: 'queue', queueName, connection: 'Storage' },
      handler: (message) => {
        seen.push(message);
        throw new Error('refused');
      },
    };
    await queueClient(queueName).sendMessage(Buffer.from(JSON.stringify({ n: 1 })).toString('base64'));
    listeners = startLocalQueueListeners([declaration], {
      queueClient,
      maxDequeueCount: 2,
      pollIntervalMs: [20, 50],
    });
    await until(async () => {
      const poisoned = await queueClient(`${queueName}-poison`)
        .peekMessages()
        .catch(() => undefined);
      return (poisoned?.peekedMessageItems.length ?? 0) === 1;
    });
    expect(seen).toEqual([{ n: 1 }, { n: 1 }]);
  });
});

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The condition never held');
}
