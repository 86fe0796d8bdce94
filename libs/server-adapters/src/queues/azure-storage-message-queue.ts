import type { QueueClient } from '@azure/storage-queue';

/**
 * A queue of JSON messages on Azure Storage, base64-encoded as the Functions queue trigger expects by
 * default. The caller's schema decides what a message is; this only carries it.
 */
export class AzureStorageMessageQueue<Message> {
  constructor(private readonly queue: QueueClient) {}

  /** Creates the queue if it is missing; in Azure, infrastructure has already made it. */
  async ensureQueue(): Promise<void> {
    await this.queue.createIfNotExists();
  }

  async enqueue(message: Message): Promise<void> {
    await this.queue.sendMessage(Buffer.from(JSON.stringify(message), 'utf8').toString('base64'));
  }
}
