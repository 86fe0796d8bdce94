import { createHash } from 'node:crypto';

/** A short, stable name for what a view holds, so a client can ask "anything newer than this?". */
export const viewVersion = (view: unknown): string =>
  createHash('sha256').update(JSON.stringify(view)).digest('hex').slice(0, 16);

export interface LongPollOptions {
  /** How long to hold the request when nothing changes. */
  readonly holdMs: number;
  /** How often to look again meanwhile. */
  readonly everyMs: number;
  /** The client went away: stop looking. */
  readonly signal: AbortSignal;
  readonly wait?: (ms: number) => Promise<void>;
}

/**
 * A long poll: reads the view at once, and again every `everyMs` while it is the version the client
 * already has, for up to `holdMs`; then answers with whatever it has. A client that has no version
 * yet is answered at once. A failed read ends the wait with that failure.
 */
export async function changedView<V, E>(
  read: () => Promise<{ ok: true; value: V } | { ok: false; error: E }>,
  knownVersion: string | undefined,
  options: LongPollOptions,
): Promise<{ ok: true; value: { view: V; version: string } } | { ok: false; error: E }> {
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const rounds = Math.max(0, Math.floor(options.holdMs / options.everyMs));
  for (let round = 0; ; round++) {
    const view = await read();
    if (!view.ok) return view;
    const version = viewVersion(view.value);
    if (version !== knownVersion || round >= rounds || options.signal.aborted) {
      return { ok: true, value: { view: view.value, version } };
    }
    await wait(options.everyMs);
  }
}
