/** What windows of one browser tell each other about a call they share. */
interface WindowMessage {
  readonly type: 'joining';
  readonly from: string;
  /** When the window announced its join, so of two joining at once the later one stays. */
  readonly at: number;
}

const isWindowMessage = (data: unknown): data is WindowMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as Partial<WindowMessage>).type === 'joining' &&
  typeof (data as Partial<WindowMessage>).from === 'string' &&
  typeof (data as Partial<WindowMessage>).at === 'number';

export interface OneCallWindow {
  /** Tells the browser's other windows of this call that this one is joining it. */
  announceJoin(): void;
  stop(): void;
}

/**
 * One window per call in a browser: a window that joins tells the others of the same call, and one
 * that is in it leaves, so the guest is not in the meeting twice, echoing, and is told why instead
 * of seeing a lost connection. Where the browser has no `BroadcastChannel`, nothing is coordinated.
 */
export function oneCallWindow(
  callKey: string,
  onJoinedElsewhere: () => void,
  channels: { new (name: string): BroadcastChannel } | undefined,
  now: () => number = Date.now,
): OneCallWindow {
  if (!channels) return { announceJoin: () => undefined, stop: () => undefined };
  const self = crypto.randomUUID();
  const channel = new channels(`portico-call:${callKey}`);
  let announcedAt: number | undefined;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const other = event.data;
    if (!isWindowMessage(other) || other.from === self) return;
    // The window that joined last keeps the call; a tie goes to one of the two, the same for both.
    const laterThanMine =
      announcedAt === undefined || other.at > announcedAt || (other.at === announcedAt && other.from > self);
    if (laterThanMine) onJoinedElsewhere();
  };
  return {
    announceJoin: () => {
      announcedAt = now();
      channel.postMessage({ type: 'joining', from: self, at: announcedAt } satisfies WindowMessage);
    },
    stop: () => channel.close(),
  };
}
