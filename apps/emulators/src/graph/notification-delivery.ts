import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How the emulator misbehaves when it delivers notifications, as Graph may: some are dropped, some
 * sent twice, each held back up to `maxDelayMs` (so they arrive out of order). A seed makes a run
 * repeatable.
 */
export interface NotificationFaults {
  readonly dropRate: number;
  readonly duplicateRate: number;
  readonly maxDelayMs: number;
  readonly seed: number;
}

export interface DeliveryStats {
  /** Notifications still on their way (waiting out a delay or a retry). */
  readonly pending: number;
  readonly delivered: number;
  readonly dropped: number;
  readonly duplicated: number;
  /** Notifications the subscriber never accepted after every attempt. */
  readonly failed: number;
}

const noFaults: NotificationFaults = { dropRate: 0, duplicateRate: 0, maxDelayMs: 0, seed: 1 };
const attempts = 3;
const retryDelayMs = 500;

/** Posts notifications to subscribers, with Graph's few retries and the fault switches above. */
export class NotificationDelivery {
  private faults = noFaults;
  private random = seededRandom(noFaults.seed);
  private stats = { pending: 0, delivered: 0, dropped: 0, duplicated: 0, failed: 0 };

  setFaults(faults: NotificationFaults): void {
    this.faults = faults;
    this.random = seededRandom(faults.seed);
  }

  clearFaults(): void {
    this.setFaults(noFaults);
  }

  report(): DeliveryStats {
    return { ...this.stats };
  }

  resetStats(): void {
    this.stats = { ...this.stats, delivered: 0, dropped: 0, duplicated: 0, failed: 0 };
  }

  /** Sends one notification body to `url`, now or later, once, twice or never, as the faults say. */
  send(url: string, body: unknown): void {
    if (this.random() < this.faults.dropRate) {
      this.stats.dropped++;
      return;
    }
    const copies = this.random() < this.faults.duplicateRate ? 2 : 1;
    if (copies === 2) this.stats.duplicated++;
    for (let copy = 0; copy < copies; copy++) {
      const delay = Math.floor(this.random() * this.faults.maxDelayMs);
      this.stats.pending++;
      void this.deliver(url, body, delay).finally(() => this.stats.pending--);
    }
  }

  private async deliver(url: string, body: unknown, delayMs: number): Promise<void> {
    if (delayMs > 0) await sleep(delayMs);
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(10_000),
        });
        if (response.ok) {
          this.stats.delivered++;
          return;
        }
      } catch {
        // The subscriber is down or slow; Graph retries, and so does the emulator.
      }
      if (attempt < attempts) await sleep(retryDelayMs * attempt);
    }
    this.stats.failed++;
  }
}

/** A small deterministic generator (mulberry32), so a seeded fault run can be repeated. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
