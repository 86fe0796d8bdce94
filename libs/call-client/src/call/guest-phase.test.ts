import { guestPhaseOf } from './guest-phase';

describe('the guest’s phase, for the front desk', () => {
  it.each([
    ['checking-devices', 'device-check'],
    ['joining', 'device-check'],
    ['in-lobby', 'lobby'],
    ['connected', 'in-call'],
    ['reconnecting', 'in-call'],
    ['left', 'left'],
    ['removed', 'left'],
    ['ended', 'left'],
    ['refused', 'refused'],
  ] as const)('is %s → %s', (callPhase, guestPhase) => {
    expect(guestPhaseOf(callPhase)).toBe(guestPhase);
  });
});
