/** What windows of one browser tell each other about a call they share. */
interface WindowMessage {
  readonly type: 'joining';
  readonly from: string;
}

const isWindowMessage = (data: unknown): data is WindowMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as Partial<WindowMessage>).type === 'joining' &&
  typeof (data as Partial<WindowMessage>).from === 'string';

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
): OneCallWindow {
  if (!channels) return { announceJoin: () => undefined, stop: () => undefined };
  const self = crypto.randomUUID();
  const channel = new channels(`portico-call:${callKey}`);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isWindowMessage(event.data) && event.data.from !== self) onJoinedElsewhere();
  };
  return {
    announceJoin: () => channel.postMessage({ type: 'joining', from: self } satisfies WindowMessage),
    stop: () => channel.close(),
  };
}
