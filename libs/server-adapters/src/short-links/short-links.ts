/**
 * Short links to the portal's own pages, for text messages where every character counts. A link is
 * named by the caller, so a retried message shortens to the same code.
 */
export interface ShortLinks {
  /** The code for `path` (a path on the portal, starting with one `/`), kept until `expiresAt`. */
  shorten(path: string, name: string, expiresAt: Date): Promise<string>;
  /** The path a code stands for, or undefined if unknown or expired. */
  resolve(code: string, now: Date): Promise<string | undefined>;
  /** Forgets links expired by `now`; answers how many went. */
  removeExpired(now: Date): Promise<number>;
}

/** Whether a code is shaped as `shorten` makes them, so other input is refused before any I/O. */
export function isShortLinkCode(code: string): boolean {
  return /^[A-Za-z0-9_-]{12}$/.test(code);
}
