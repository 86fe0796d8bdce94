/**
 * Which reminders have been taken on, so overlapping timer runs queue each reminder once. A claim
 * is atomic: of two runs claiming the same key at once, one wins.
 */
export interface ReminderLedger {
  /** True if this caller now owns the reminder; false if a run took it before. */
  claim(key: string, now: Date): Promise<boolean>;
  /** Gives a claim back after its reminder could not be queued, so the next run tries again. */
  release(key: string): Promise<void>;
  /** Forgets claims made before `cutoff`; their reminders are long past. Answers how many went. */
  removeBefore(cutoff: Date): Promise<number>;
}
