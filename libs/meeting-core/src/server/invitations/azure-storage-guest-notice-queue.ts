import type { QueueClient } from '@azure/storage-queue';
import type { GuestNotice, GuestNoticeQueue } from './guest-notice';

/**
 * `GuestNoticeQueue` on an Azure Storage queue. Messages are base64 JSON, the encoding the Functions
 * queue trigger expects by default.
 */
export class AzureStorageGuestNoticeQueue implements GuestNoticeQueue {
  constructor(private readonly queue: QueueClient) {}

  async ensureQueue(): Promise<void> {
    await this.queue.createIfNotExists();
  }

  async enqueue(notice: GuestNotice): Promise<void> {
    await this.queue.sendMessage(Buffer.from(JSON.stringify(notice), 'utf8').toString('base64'));
  }
}
