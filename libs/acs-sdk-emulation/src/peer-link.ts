import type { RelaySignal } from '@portico/relay-protocol';

/** How long a link may go without connecting before it tries again, as a real client's ICE restart would. */
const connectWithinMs = 8_000;

/**
 * One WebRTC connection to another participant, with "perfect negotiation": both sides may offer at
 * any time (a new participant, a screen share starting), and the polite side yields on a collision.
 * A link that has not connected in time, or failed, tries again, as real clients restart ICE: an
 * offer left unanswered is sent once more, and a settled negotiation restarts ICE. CI met links of a
 * three-person call that never connected (no media either way, the other links fine); a link now
 * recovers from whatever left it stuck instead of staying silent for the rest of the call.
 */
export class PeerLink {
  readonly connection: RTCPeerConnection;
  private makingOffer = false;
  private ignoreOffer = false;
  private readonly watchdog: ReturnType<typeof setInterval>;
  /** Signals are handled one at a time, in order: a candidate must wait for its description. */
  private received: Promise<void> = Promise.resolve();

  constructor(
    private readonly polite: boolean,
    private readonly sendSignal: (signal: RelaySignal) => void,
    onTrack: (event: RTCTrackEvent) => void,
    onStateChange: (state: RTCPeerConnectionState) => void,
  ) {
    // Loopback and LAN only: the relay is for a laptop or a test machine, never for the internet.
    this.connection = new RTCPeerConnection({ iceServers: [] });
    this.connection.addEventListener('track', onTrack);
    this.connection.addEventListener('connectionstatechange', () => onStateChange(this.connection.connectionState));
    this.connection.addEventListener('icecandidate', ({ candidate }) => {
      if (candidate) this.sendSignal({ candidate: candidate.toJSON() as RelaySignalCandidate });
    });
    this.connection.addEventListener('negotiationneeded', () => void this.offer());
    this.watchdog = setInterval(() => this.tryAgainIfStuck(), connectWithinMs);
  }

  private tryAgainIfStuck(): void {
    const { connectionState, signalingState, localDescription } = this.connection;
    if (connectionState === 'connected' || connectionState === 'closed') return;
    if (signalingState === 'have-local-offer' && localDescription) {
      this.sendSignal({ description: { type: localDescription.type, sdp: localDescription.sdp } });
    } else if (signalingState === 'stable') {
      this.connection.restartIce();
    }
  }

  private async offer(): Promise<void> {
    try {
      this.makingOffer = true;
      await this.connection.setLocalDescription();
      const description = this.connection.localDescription;
      if (description) this.sendSignal({ description: { type: description.type, sdp: description.sdp } });
    } finally {
      this.makingOffer = false;
    }
  }

  /**
   * Takes the next signal from the other side. Handling is serialised: a candidate that arrived while
   * its session description was still being applied would otherwise fail and be lost, and with host
   * candidates only, a lost candidate can leave the connection without any media.
   */
  receive(signal: RelaySignal): Promise<void> {
    const handled = this.received.then(() => this.handle(signal));
    this.received = handled.catch(() => undefined);
    return handled;
  }

  private async handle(signal: RelaySignal): Promise<void> {
    if ('description' in signal) {
      const description = signal.description;
      const collision =
        description.type === 'offer' && (this.makingOffer || this.connection.signalingState !== 'stable');
      this.ignoreOffer = !this.polite && collision;
      if (this.ignoreOffer) return;
      await this.connection.setRemoteDescription(description as RTCSessionDescriptionInit);
      if (description.type === 'offer') {
        await this.connection.setLocalDescription();
        const answer = this.connection.localDescription;
        if (answer) this.sendSignal({ description: { type: answer.type, sdp: answer.sdp } });
      }
      return;
    }
    try {
      await this.connection.addIceCandidate(signal.candidate as RTCIceCandidateInit);
    } catch (error) {
      if (!this.ignoreOffer) throw error;
    }
  }

  close(): void {
    clearInterval(this.watchdog);
    this.connection.close();
  }
}

type RelaySignalCandidate = Extract<RelaySignal, { candidate: unknown }>['candidate'];
