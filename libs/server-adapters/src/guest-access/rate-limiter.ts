/** A budget of attempts per key, e.g. sign-in links per address and per network address. */
export interface RateLimiter {
  /** Takes one attempt from `key`'s budget in the current window; false when the budget is spent. */
  take(key: string, now: Date): Promise<boolean>;
  /** Forgets the counters of windows that have ended; returns how many it removed. */
  removeExpired(now: Date): Promise<number>;
}

export interface RateLimit {
  /** Distinguishes budgets kept in the same place, e.g. `sign-in-email`. */
  readonly scope: string;
  readonly limit: number;
  readonly windowSeconds: number;
}
