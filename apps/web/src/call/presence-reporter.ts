import { presenceTiming, type GuestPhase } from '@portico/domain';
import type { PresenceReply } from '@portico/api-contract';

type Timers = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;

/** Phases after which the guest is out of the call: reported once, with no heartbeat after. */
const finalPhases: ReadonlySet<GuestPhase> = new Set(['left', 'refused']);

/**
 * Tells the portal where the guest is: at once when the phase changes, then as often as the portal
 * asks while it does not (a heartbeat, so a closed laptop shows as dropped). A failed report is tried
 * again at the usual beat. Only the latest report's answer counts, so a slow heartbeat never
 * schedules a second beat beside the new phase's.
 */
export class PresenceReporter {
  private phase: GuestPhase | undefined;
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly send: (phase: GuestPhase) => Promise<PresenceReply>,
    private readonly onReply: (reply: PresenceReply) => void,
    private readonly timers: Timers = globalThis,
  ) {}

  report(phase: GuestPhase): void {
    if (this.stopped || phase === this.phase) return;
    this.phase = phase;
    this.sendNow();
  }

  /** The phase last reported, for a goodbye when the page goes away. */
  get current(): GuestPhase | undefined {
    return this.phase;
  }

  stop(): void {
    this.stopped = true;
    this.timers.clearTimeout(this.timer);
  }

  private sendNow(): void {
    const phase = this.phase;
    if (!phase) return;
    this.timers.clearTimeout(this.timer);
    const sequence = ++this.sequence;
    const next = (seconds: number) => {
      if (this.stopped || sequence !== this.sequence || finalPhases.has(phase)) return;
      this.timer = this.timers.setTimeout(() => this.sendNow(), seconds * 1000);
    };
    this.send(phase).then(
      (reply) => {
        if (this.stopped || sequence !== this.sequence) return;
        this.onReply(reply);
        next(reply.nextReportInSeconds);
      },
      () => next(presenceTiming.heartbeatSeconds),
    );
  }
}
