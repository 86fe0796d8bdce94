import type { RelaySignal } from '@portico/relay-protocol';
import { PeerLink } from './peer-link';

/** Just enough of `RTCPeerConnection` to follow a link's negotiation and its watchdog. */
class FakeConnection extends EventTarget {
  static made: FakeConnection[] = [];
  connectionState: RTCPeerConnectionState = 'new';
  signalingState: RTCSignalingState = 'stable';
  localDescription: RTCSessionDescriptionInit | null = null;
  remoteDescription: RTCSessionDescriptionInit | null = null;
  iceRestarts = 0;

  constructor() {
    super();
    FakeConnection.made.push(this);
  }

  async setLocalDescription(): Promise<void> {
    if (this.signalingState === 'closed') throw new Error('closed');
    const type = this.signalingState === 'have-remote-offer' ? 'answer' : 'offer';
    this.localDescription = { type, sdp: `${type} ${FakeConnection.made.indexOf(this)}` };
    this.signalingState = type === 'offer' ? 'have-local-offer' : 'stable';
  }

  async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.remoteDescription = description;
    this.signalingState = description.type === 'offer' ? 'have-remote-offer' : 'stable';
  }

  async addIceCandidate(): Promise<void> {}

  restartIce(): void {
    this.iceRestarts++;
  }

  close(): void {
    this.connectionState = 'closed';
    this.signalingState = 'closed';
  }
}

function makeLink(polite: boolean) {
  const sent: RelaySignal[] = [];
  const onStuck = jest.fn();
  const link = new PeerLink(polite, { sendSignal: (signal) => sent.push(signal), onTrack: () => undefined, onStuck });
  const connection = link.connection as unknown as FakeConnection;
  const offersSent = () => sent.filter((s) => 'description' in s && s.description.type === 'offer').length;
  return { link, connection, sent, onStuck, offersSent };
}

/** Lets the link's promise chains run while fake timers hold the clock. */
const settle = () => jest.advanceTimersByTimeAsync(0);

beforeAll(() => {
  (globalThis as { RTCPeerConnection?: unknown }).RTCPeerConnection = FakeConnection;
});

beforeEach(() => {
  jest.useFakeTimers();
  FakeConnection.made = [];
});

afterEach(() => jest.useRealTimers());

describe('PeerLink', () => {
  it('sends an unanswered offer again at the first check, and starts afresh at the next', async () => {
    const { link, connection, onStuck, offersSent } = makeLink(false);
    connection.dispatchEvent(new Event('negotiationneeded'));
    await settle();
    expect(offersSent()).toBe(1);

    await jest.advanceTimersByTimeAsync(8_000);
    expect(offersSent()).toBe(2);
    expect(onStuck).not.toHaveBeenCalled();

    await jest.advanceTimersByTimeAsync(8_000);
    expect(onStuck).toHaveBeenCalledTimes(1);
    expect(connection.signalingState).toBe('closed');
    await jest.advanceTimersByTimeAsync(30_000);
    expect(onStuck).toHaveBeenCalledTimes(1);
    link.close();
  });

  it('restarts ICE on a settled link that has not connected', async () => {
    const { link, connection, onStuck } = makeLink(false);
    await link.receive({ description: { type: 'offer', sdp: 'their offer' } });
    expect(connection.signalingState).toBe('stable');
    await jest.advanceTimersByTimeAsync(8_000);
    expect(connection.iceRestarts).toBe(1);
    expect(onStuck).not.toHaveBeenCalled();
    link.close();
  });

  it('leaves alone a link that connected, or that nobody has offered on', async () => {
    const connected = makeLink(false);
    connected.connection.dispatchEvent(new Event('negotiationneeded'));
    await settle();
    connected.connection.connectionState = 'connected';
    const idle = makeLink(false);
    await jest.advanceTimersByTimeAsync(40_000);
    for (const { onStuck, connection } of [connected, idle]) {
      expect(onStuck).not.toHaveBeenCalled();
      expect(connection.iceRestarts).toBe(0);
    }
    expect(connected.offersSent()).toBe(1);
    connected.link.close();
    idle.link.close();
  });

  it("lets the polite side answer the other side's first offer instead of offering at once", async () => {
    const { link, connection, sent, offersSent } = makeLink(true);
    connection.dispatchEvent(new Event('negotiationneeded'));
    await jest.advanceTimersByTimeAsync(1_000);
    expect(offersSent()).toBe(0);

    await link.receive({ description: { type: 'offer', sdp: 'their offer' } });
    await jest.advanceTimersByTimeAsync(1_000);
    expect(offersSent()).toBe(0);
    expect(sent).toEqual([{ description: { type: 'answer', sdp: 'answer 0' } }]);
    link.close();
  });

  it('has the polite side offer itself when no offer comes', async () => {
    const { link, offersSent, connection } = makeLink(true);
    connection.dispatchEvent(new Event('negotiationneeded'));
    await jest.advanceTimersByTimeAsync(1_500);
    expect(offersSent()).toBe(1);
    link.close();
  });

  it('ignores an offer that collides with its own on the impolite side, and takes it on the polite side', async () => {
    const impolite = makeLink(false);
    impolite.connection.dispatchEvent(new Event('negotiationneeded'));
    await settle();
    await impolite.link.receive({ description: { type: 'offer', sdp: 'their offer' } });
    expect(impolite.connection.remoteDescription).toBeNull();

    const polite = makeLink(true);
    polite.connection.dispatchEvent(new Event('negotiationneeded'));
    await jest.advanceTimersByTimeAsync(1_500);
    await polite.link.receive({ description: { type: 'offer', sdp: 'their offer' } });
    expect(polite.connection.remoteDescription).toEqual({ type: 'offer', sdp: 'their offer' });
    impolite.link.close();
    polite.link.close();
  });
});
