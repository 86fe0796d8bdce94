import { z } from 'zod';

/** How queue triggers poll, as `host.json` sets it for the Functions host; the local host follows it. */
export interface HostQueuePolling {
  /** Messages leased at once per queue, and run at the same time. */
  readonly batchSize: number;
  /** The longest idle wait between polls, which the polling backs off to. */
  readonly maxPollingIntervalMs: number;
}

/** The Functions host's defaults, when `host.json` leaves them out. */
const hostDefaults: HostQueuePolling = { batchSize: 16, maxPollingIntervalMs: 60_000 };

/** A .NET TimeSpan as host.json writes it: `hh:mm:ss` with optional fractional seconds. */
const timeSpan = z
  .string()
  .regex(/^(\d{2}):(\d{2}):(\d{2})(\.\d{1,7})?$/, 'must be hh:mm:ss[.fff]')
  .transform((value) => {
    const [hours = 0, minutes = 0, seconds = 0] = value.split(':').map(Number);
    return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
  });

const hostJsonSchema = z.object({
  extensions: z
    .object({
      queues: z
        .object({
          batchSize: z.number().int().min(1).max(32).optional(),
          maxPollingInterval: timeSpan.optional(),
        })
        .optional(),
    })
    .optional(),
});

/** The queue polling `host.json` sets, with the host's defaults for what it leaves out. */
export function hostQueuePolling(hostJson: unknown): HostQueuePolling {
  const queues = hostJsonSchema.parse(hostJson).extensions?.queues;
  return {
    batchSize: queues?.batchSize ?? hostDefaults.batchSize,
    maxPollingIntervalMs: queues?.maxPollingInterval ?? hostDefaults.maxPollingIntervalMs,
  };
}
