import { stuckLinkStep } from './stuck-link-step';

describe('stuckLinkStep', () => {
  it('leaves a connected or closed link alone, however long it took', () => {
    expect(stuckLinkStep({ connectionState: 'connected', signalingState: 'stable' }, 5)).toBe('wait');
    expect(stuckLinkStep({ connectionState: 'closed', signalingState: 'closed' }, 5)).toBe('wait');
  });

  it('at the first check sends an unanswered offer again, or restarts ICE once negotiation is settled', () => {
    expect(stuckLinkStep({ connectionState: 'new', signalingState: 'have-local-offer' }, 1)).toBe('send-offer-again');
    expect(stuckLinkStep({ connectionState: 'new', signalingState: 'stable' }, 1)).toBe('restart-ice');
    expect(stuckLinkStep({ connectionState: 'failed', signalingState: 'stable' }, 1)).toBe('restart-ice');
  });

  it('waits for a negotiation half-way through', () => {
    expect(stuckLinkStep({ connectionState: 'connecting', signalingState: 'have-remote-offer' }, 1)).toBe('wait');
  });

  it('starts afresh when the link is still not connected at the next check', () => {
    expect(stuckLinkStep({ connectionState: 'new', signalingState: 'stable' }, 2)).toBe('start-afresh');
    expect(stuckLinkStep({ connectionState: 'disconnected', signalingState: 'have-local-offer' }, 3)).toBe(
      'start-afresh',
    );
  });
});
