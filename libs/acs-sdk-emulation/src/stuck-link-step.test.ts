import { stuckLinkStep, type LinkState } from './stuck-link-step';

const offer = { type: 'offer', sdp: 'v=0' } as RTCSessionDescription;
const answer = { type: 'answer', sdp: 'v=0' } as RTCSessionDescription;
const negotiated = { localDescription: offer, remoteDescription: answer };

function link(connectionState: RTCPeerConnectionState, signalingState: RTCSignalingState): LinkState {
  return { connectionState, signalingState, ...negotiated };
}

describe('stuckLinkStep', () => {
  it('leaves a connected or closed link alone and starts counting again', () => {
    expect(stuckLinkStep(link('connected', 'stable'), 5)).toEqual({ step: 'wait', checksNotConnected: 0 });
    expect(stuckLinkStep(link('closed', 'closed'), 5)).toEqual({ step: 'wait', checksNotConnected: 0 });
  });

  it('leaves a link alone that nobody has offered on: it has nothing to connect', () => {
    const idle: LinkState = {
      connectionState: 'new',
      signalingState: 'stable',
      localDescription: null,
      remoteDescription: null,
    };
    expect(stuckLinkStep(idle, 1)).toEqual({ step: 'wait', checksNotConnected: 0 });
  });

  it('at the first stuck check sends an unanswered offer again, or restarts ICE once negotiation is settled', () => {
    expect(stuckLinkStep({ ...link('new', 'have-local-offer'), remoteDescription: null }, 0)).toEqual({
      step: 'send-offer-again',
      checksNotConnected: 1,
    });
    expect(stuckLinkStep(link('new', 'stable'), 0).step).toBe('restart-ice');
    expect(stuckLinkStep(link('failed', 'stable'), 0).step).toBe('restart-ice');
  });

  it('waits for a negotiation half-way through, but counts the check', () => {
    expect(stuckLinkStep(link('connecting', 'have-remote-offer'), 0)).toEqual({ step: 'wait', checksNotConnected: 1 });
  });

  it('starts afresh when the link is still stuck at the next check', () => {
    expect(stuckLinkStep(link('new', 'stable'), 1)).toEqual({ step: 'start-afresh', checksNotConnected: 2 });
    expect(stuckLinkStep(link('disconnected', 'have-local-offer'), 2).step).toBe('start-afresh');
  });
});
