/** A failure the Graph emulator injects into its next responses, switched on by tests. */
export type GraphFault = (
  | { readonly kind: 'status'; readonly status: 429 | 503; readonly retryAfterSeconds?: number; readonly times: number }
  | { readonly kind: 'delay'; readonly delayMs: number; readonly times: number }
) & {
  /** When set, the fault hits only requests whose path and query contain this text. */
  readonly match?: string;
};

/** The fault switches: each fault applies to the next `times` Graph requests, then clears itself. */
export class GraphFaults {
  private queue: { fault: GraphFault; left: number }[] = [];

  add(fault: GraphFault): void {
    this.queue.push({ fault, left: fault.times });
  }

  /** How many injected failures are still waiting to be served. */
  pending(): number {
    return this.queue.reduce((sum, entry) => sum + entry.left, 0);
  }

  clear(): void {
    this.queue = [];
  }

  /** The fault for the request now arriving at `url`, if any, counting it down. */
  next(url: string): GraphFault | undefined {
    const index = this.queue.findIndex(({ fault }) => fault.match === undefined || url.includes(fault.match));
    const current = this.queue[index];
    if (!current) return undefined;
    current.left--;
    if (current.left <= 0) this.queue.splice(index, 1);
    return current.fault;
  }
}
