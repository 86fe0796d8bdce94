import type { RelaySignal } from '@portico/relay-protocol';
import { stuckLinkStep } from './stuck-link-step';

/** How often the watchdog checks that the link has connected, as a real client's ICE restart would. */
const connectWithinMs = 8_000;
/**
 * How long the polite side waits for the other side's first offer before it makes its own. Both
 * sides create their link from the same roster; if both offered at once, the polite side would roll
 * its offer back, and Chromium can leave a connection that did so without any candidates.
 */
const politeFirstOfferAfterMs = 1_500;

/** What a link tells the call that owns it. */
export interface PeerLinkEvents {
  readonly sendSignal: (signal: RelaySignal) => void;
  readonly onTrack: (event: RTCTrackEvent) => void;
  /** The link will not connect: the call replaces it with a new one. */
  readonly onStuck: () => void;
}

/**
 * One WebRTC connection to another participant, with "perfect negotiation": both sides may offer at
 * any time (a new participant, a screen share starting), and the polite side yields on a collision.
 * A link that has not connected in time, or failed, tries again (`stuck-link-step.ts`), as real
 * clients restart ICE, and then gives way to a new connection. CI met links of a three-person call
 * that never connected (no media either way, the other links fine): the polite side had rolled back
 * its own first offer and never gathered a candidate. The polite side now lets the other offer first,
 * and a link recovers from whatever left it stuck instead of staying silent for the rest of the call.
 */
export class PeerLink {
  readonly connection: RTCPeerConnection;
  private makingOffer = false;
  private ignoreOffer = false;
  private checksNotConnected = 0;
  private readonly watchdog: ReturnType<typeof setInterval>;
  /** Signals are handled one at a time, in order: a candidate must wait for its description. */
  private received: Promise<void> = Promise.resolve();

  constructor(
    private readonly polite: boolean,
    private readonly events: PeerLinkEvents,
  ) {
    // Loopback and LAN only: the relay is for a laptop or a test machine, never for the internet.
    this.connection = new RTCPeerConnection({ iceServers: [] });
    this.connection.addEventListener('track', events.onTrack);
    this.connection.addEventListener('icecandidate', ({ candidate }) => {
      if (candidate) events.sendSignal({ candidate: candidate.toJSON() as RelaySignalCandidate });
    });
    this.connection.addEventListener('negotiationneeded', () => void this.offer());
    this.watchdog = setInterval(() => this.check(), connectWithinMs);
  }

  private check(): void {
    const { step, checksNotConnected } = stuckLinkStep(this.connection, this.checksNotConnected);
    this.checksNotConnected = checksNotConnected;
    switch (step) {
      case 'send-offer-again': {
        const offer = this.connection.localDescription;
        if (offer) this.events.sendSignal({ description: { type: offer.type, sdp: offer.sdp } });
        return;
      }
      case 'restart-ice':
        return this.connection.restartIce();
      case 'start-afresh':
        this.close();
        return this.events.onStuck();
      case 'wait':
        return;
    }
  }

  private async offer(): Promise<void> {
    if (this.polite && !this.connection.remoteDescription) {
      await new Promise((resolve) => setTimeout(resolve, politeFirstOfferAfterMs));
      // The other side offered meanwhile: what it left out asks for another negotiation once settled.
      if (this.connection.remoteDescription || this.connection.signalingState === 'closed') return;
    }
    try {
      this.makingOffer = true;
      await this.connection.setLocalDescription();
      const description = this.connection.localDescription;
      if (description) this.events.sendSignal({ description: { type: description.type, sdp: description.sdp } });
    } catch {
      // The link closed while offering, or the offer failed: the watchdog sees a link that did not connect.
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
        if (answer) this.events.sendSignal({ description: { type: answer.type, sdp: answer.sdp } });
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
