import type { QueueClient } from '@azure/storage-queue';
import type { EnqueueOptions } from '../invitations/guest-notice';

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

  /**
   * A delayed message is invisible until then (`visibilityTimeout`, which Azurite honours too), so
   * neither the Functions host nor the local listener sees it before its time.
   */
  async enqueue(message: Message, options: EnqueueOptions = {}): Promise<void> {
    const text = Buffer.from(JSON.stringify(message), 'utf8').toString('base64');
    const delay = options.delaySeconds === undefined ? 0 : Math.max(0, Math.ceil(options.delaySeconds));
    await this.queue.sendMessage(text, delay > 0 ? { visibilityTimeout: delay } : {});
  }
}
