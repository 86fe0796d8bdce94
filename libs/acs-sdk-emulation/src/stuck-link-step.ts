/** What a peer link that has not connected does at one of its watchdog's checks. */
export type StuckLinkStep = 'wait' | 'send-offer-again' | 'restart-ice' | 'start-afresh';

/** The parts of an `RTCPeerConnection`'s state the watchdog reads. */
export interface LinkState {
  readonly connectionState: RTCPeerConnectionState;
  readonly signalingState: RTCSignalingState;
}

/**
 * The watchdog's next step for a link, by its state and how many checks in a row found it not
 * connected. The first check tries what a real client tries (an unanswered offer again; an ICE
 * restart once negotiation is settled). A link still not connected at the next check starts afresh
 * with a new connection: Chromium can leave a connection that rolled back an offer without ever
 * gathering a candidate, and no restart on that connection brings it back.
 */
export function stuckLinkStep(link: LinkState, checksNotConnected: number): StuckLinkStep {
  if (link.connectionState === 'connected' || link.connectionState === 'closed') return 'wait';
  if (checksNotConnected >= 2) return 'start-afresh';
  if (link.signalingState === 'have-local-offer') return 'send-offer-again';
  if (link.signalingState === 'stable') return 'restart-ice';
  return 'wait';
}
