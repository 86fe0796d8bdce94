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
  /**
   * How long the subscriber took to answer each delivery attempt it answered (one notification or
   * many), in ms, as Graph times its endpoints (it flags one slow when answers take 2.9 s); the most
   * recent ones only.
   */
  readonly answerMs: readonly number[];
}

const noFaults: NotificationFaults = { dropRate: 0, duplicateRate: 0, maxDelayMs: 0, seed: 1 };
const attempts = 3;
const retryDelayMs = 500;
/** The most notifications Graph puts in one delivery. */
const maxPerDelivery = 1000;
/** Answer times kept for the report, so a long run cannot grow the emulator without bound. */
const answerTimesKept = 100_000;

/**
 * Posts notifications to subscribers as Graph does: what arrives for a URL while a delivery to it is
 * on its way goes together in the next one (Graph puts up to 1,000 in one `value` array), with
 * Graph's few retries, and the fault switches above applied to each notification.
 */
export class NotificationDelivery {
  private faults = noFaults;
  private random = seededRandom(noFaults.seed);
  private stats = { pending: 0, delivered: 0, dropped: 0, duplicated: 0, failed: 0 };
  private answerMs: number[] = [];
  /** Notifications waiting for the delivery to their URL that is on its way to finish. */
  private readonly waiting = new Map<string, unknown[]>();

  setFaults(faults: NotificationFaults): void {
    this.faults = faults;
    this.random = seededRandom(faults.seed);
  }

  clearFaults(): void {
    this.setFaults(noFaults);
  }

  report(): DeliveryStats {
    return { ...this.stats, answerMs: [...this.answerMs] };
  }

  resetStats(): void {
    this.stats = { ...this.stats, delivered: 0, dropped: 0, duplicated: 0, failed: 0 };
    this.answerMs = [];
  }

  /** Sends one notification to `url`, now or later, once, twice or never, as the faults say. */
  send(url: string, notification: unknown): void {
    if (this.random() < this.faults.dropRate) {
      this.stats.dropped++;
      return;
    }
    const copies = this.random() < this.faults.duplicateRate ? 2 : 1;
    if (copies === 2) this.stats.duplicated++;
    for (let copy = 0; copy < copies; copy++) {
      const delay = Math.floor(this.random() * this.faults.maxDelayMs);
      this.stats.pending++;
      if (delay > 0) void sleep(delay).then(() => this.enqueue(url, notification));
      else this.enqueue(url, notification);
    }
  }

  private enqueue(url: string, notification: unknown): void {
    const waiting = this.waiting.get(url);
    if (waiting) {
      waiting.push(notification);
      return;
    }
    this.waiting.set(url, []);
    void this.deliverFrom(url, [notification]);
  }

  /** Delivers `first`, then whatever gathered for the URL meanwhile, until nothing waits. */
  private async deliverFrom(url: string, first: unknown[]): Promise<void> {
    let batch = first;
    while (batch.length > 0) {
      const delivered = await this.deliver(url, batch);
      this.stats.pending -= batch.length;
      if (delivered) this.stats.delivered += batch.length;
      else this.stats.failed += batch.length;
      const waiting = this.waiting.get(url) ?? [];
      batch = waiting.splice(0, maxPerDelivery);
    }
    this.waiting.delete(url);
  }

  private async deliver(url: string, notifications: unknown[]): Promise<boolean> {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const sent = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ value: notifications }),
          signal: AbortSignal.timeout(10_000),
        });
        this.recordAnswer(performance.now() - sent);
        if (response.ok) return true;
      } catch {
        // The subscriber is down or slow; Graph retries, and so does the emulator.
      }
      if (attempt < attempts) await sleep(retryDelayMs * attempt);
    }
    return false;
  }

  private recordAnswer(ms: number): void {
    if (this.answerMs.length >= answerTimesKept) this.answerMs.shift();
    this.answerMs.push(Math.round(ms * 10) / 10);
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
