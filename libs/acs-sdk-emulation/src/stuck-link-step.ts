/** What a peer link that has not connected does at one of its watchdog's checks. */
export type StuckLinkStep = 'wait' | 'send-offer-again' | 'restart-ice' | 'start-afresh';

/** The parts of an `RTCPeerConnection`'s state the watchdog reads. */
export interface LinkState {
  readonly connectionState: RTCPeerConnectionState;
  readonly signalingState: RTCSignalingState;
  readonly localDescription: RTCSessionDescription | null;
  readonly remoteDescription: RTCSessionDescription | null;
}

/** One check's outcome: the step to take, and how many checks in a row found the link stuck. */
export interface LinkCheck {
  readonly step: StuckLinkStep;
  readonly checksNotConnected: number;
}

/**
 * The watchdog's next step for a link, from its state and the checks before. A link counts as stuck
 * only once negotiation has begun: one with nothing to send yet (no microphone, camera off, on
 * either side) has nothing to connect. The first stuck check tries what a real client tries (an
 * unanswered offer again; an ICE restart once negotiation is settled). A link still stuck at the
 * next check starts afresh with a new connection: Chromium can leave a connection that rolled back
 * an offer without ever gathering a candidate, and no restart on that connection brings it back.
 */
export function stuckLinkStep(link: LinkState, checksBefore: number): LinkCheck {
  const negotiating = link.localDescription !== null || link.remoteDescription !== null;
  if (link.connectionState === 'connected' || link.connectionState === 'closed' || !negotiating) {
    return { step: 'wait', checksNotConnected: 0 };
  }
  const checksNotConnected = checksBefore + 1;
  const step =
    checksNotConnected >= 2
      ? 'start-afresh'
      : link.signalingState === 'have-local-offer'
        ? 'send-offer-again'
        : link.signalingState === 'stable'
          ? 'restart-ice'
          : 'wait';
  return { step, checksNotConnected };
}
