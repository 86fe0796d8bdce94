import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostQueuePolling } from './host-queue-polling';

describe('hostQueuePolling', () => {
  it("reads host.json's queue settings, fractions of a second included", () => {
    expect(hostQueuePolling({ extensions: { queues: { batchSize: 8, maxPollingInterval: '00:00:00.250' } } })).toEqual({
      batchSize: 8,
      maxPollingIntervalMs: 250,
    });
    expect(hostQueuePolling({ extensions: { queues: { maxPollingInterval: '00:01:30' } } })).toEqual({
      batchSize: 16,
      maxPollingIntervalMs: 90_000,
    });
  });

  it("falls back to the Functions host's defaults for what host.json leaves out", () => {
    expect(hostQueuePolling({ version: '2.0' })).toEqual({ batchSize: 16, maxPollingIntervalMs: 60_000 });
  });

  it('refuses settings the Functions host would refuse, rather than polling differently from it', () => {
    expect(() => hostQueuePolling({ extensions: { queues: { batchSize: 33 } } })).toThrow();
    expect(() => hostQueuePolling({ extensions: { queues: { maxPollingInterval: '2 seconds' } } })).toThrow();
  });

  it('polls the deployed queues within half a second once idle, so an Outlook edit shows within a second', () => {
    const hostJson: unknown = JSON.parse(readFileSync(join(__dirname, '../../host.json'), 'utf8'));
    expect(hostQueuePolling(hostJson).maxPollingIntervalMs).toBeLessThanOrEqual(500);
  });
});
