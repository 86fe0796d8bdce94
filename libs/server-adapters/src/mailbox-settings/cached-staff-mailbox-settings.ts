import type { PorticoError, Result } from '@portico/domain';
import type { StaffMailboxSettings } from './staff-mailbox-settings';

type Answer = Promise<Result<string | undefined, PorticoError>>;

interface Kept {
  until: number;
  readonly answer: Answer;
}

/**
 * `StaffMailboxSettings` that keeps each staff member's answer in memory for a while. Every staff
 * page and action asks for the staff member's zone, which people seldom change; asking Graph each
 * time would add a Graph round trip to every page and spend the app's Graph throttling budget. A
 * changed zone shows within `keepMs`. A failure is kept for the shorter `keepFailureMs`, so Graph
 * being down or throttling costs one slow call per staff member in that time rather than one per
 * page, and a recovery is seen soon. Callers asking while a read is under way share it. Each
 * instance of the app keeps its own answers; the map holds at most one entry per staff member.
 */
export class CachedStaffMailboxSettings implements StaffMailboxSettings {
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly source: StaffMailboxSettings,
    private readonly options: { readonly keepMs: number; readonly keepFailureMs: number; readonly clock: () => Date },
  ) {}

  timeZoneOf(staffId: string): Answer {
    const now = this.options.clock().getTime();
    const kept = this.kept.get(staffId);
    if (kept && kept.until > now) return kept.answer;
    this.forgetExpired(now);
    const entry: Kept = { until: now + this.options.keepMs, answer: this.source.timeZoneOf(staffId) };
    this.kept.set(staffId, entry);
    entry.answer.then(
      (result) => {
        if (!result.ok)
          entry.until = Math.min(entry.until, this.options.clock().getTime() + this.options.keepFailureMs);
      },
      () => {
        if (this.kept.get(staffId) === entry) this.kept.delete(staffId);
      },
    );
    return entry.answer;
  }

  private forgetExpired(now: number): void {
    for (const [staffId, kept] of this.kept) if (kept.until <= now) this.kept.delete(staffId);
  }
}
