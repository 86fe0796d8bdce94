/** A failure the Graph emulator injects into its next responses, switched on by tests. */
export type GraphFault =
  | { readonly kind: 'status'; readonly status: 429 | 503; readonly retryAfterSeconds?: number; readonly times: number }
  | { readonly kind: 'delay'; readonly delayMs: number; readonly times: number };

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

  /** The fault for the request now arriving, if any, counting it down. */
  next(): GraphFault | undefined {
    const current = this.queue[0];
    if (!current) return undefined;
    current.left--;
    if (current.left <= 0) this.queue.shift();
    return current.fault;
  }
}
