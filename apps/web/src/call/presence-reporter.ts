import { presenceTiming, type GuestPhase } from '@portico/domain';
import type { PresenceReply } from '@portico/api-contract';

type Timers = Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;

/** Phases after which the guest is out of the call: reported once, with no heartbeat after. */
const finalPhases: ReadonlySet<GuestPhase> = new Set(['left', 'refused']);

/**
 * Tells the portal where the guest is: at once when the phase changes, then as often as the portal
 * asks while it does not (a heartbeat, so a closed laptop shows as dropped). A failed report is tried
 * again at the usual beat. Reports go one at a time, in order, so a slow heartbeat of the lobby can
 * never reach the portal after the report that the guest is in the call; a report still waiting
 * when a newer one comes is dropped, and only the latest answer counts.
 */
export class PresenceReporter {
  private phase: GuestPhase | undefined;
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private previous: Promise<void> = Promise.resolve();

  constructor(
    private readonly send: (phase: GuestPhase) => Promise<PresenceReply>,
    private readonly onReply: (reply: PresenceReply) => void,
    private readonly timers: Timers = globalThis,
  ) {}

  report(phase: GuestPhase): void {
    if (this.stopped || phase === this.phase) return;
    this.phase = phase;
    this.sendInTurn();
  }

  /**
   * The page goes away: a guest on their way in or in the call has left. Sent at once, not in turn,
   * because a request started after the page is gone never leaves; then nothing more is sent.
   */
  leave(): void {
    if (this.stopped) return;
    const wasActive = this.phase !== undefined && !finalPhases.has(this.phase);
    this.stop();
    if (wasActive) void this.send('left').catch(() => undefined);
  }

  stop(): void {
    this.stopped = true;
    this.sequence++;
    this.timers.clearTimeout(this.timer);
  }

  private sendInTurn(): void {
    const phase = this.phase;
    if (!phase) return;
    this.timers.clearTimeout(this.timer);
    const sequence = ++this.sequence;
    const current = () => !this.stopped && sequence === this.sequence;
    const next = (seconds: number) => {
      if (!current() || finalPhases.has(phase)) return;
      this.timer = this.timers.setTimeout(() => this.sendInTurn(), seconds * 1000);
    };
    this.previous = this.previous.then(async () => {
      if (!current()) return;
      try {
        const reply = await this.send(phase);
        if (!current()) return;
        this.onReply(reply);
        next(reply.nextReportInSeconds);
      } catch {
        next(presenceTiming.heartbeatSeconds);
      }
    });
  }
}
