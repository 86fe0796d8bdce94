import { NotificationClientStates } from './notification-client-state';

describe('NotificationClientStates', () => {
  const states = new NotificationClientStates('k'.repeat(32));

  it('derives a clientState per calendar and nonce that fits Graph’s 128 characters', () => {
    const nonce = states.newNonce();
    const clientState = states.clientStateFor('user-1', nonce);
    expect(clientState.length).toBeLessThanOrEqual(128);
    expect(states.clientStateFor('user-1', nonce)).toBe(clientState);
    expect(states.clientStateFor('user-2', nonce)).not.toBe(clientState);
    expect(states.clientStateFor('user-1', states.newNonce())).not.toBe(clientState);
  });

  it('accepts only the clientState it issued, for that calendar, under that key', () => {
    const nonce = states.newNonce();
    const clientState = states.clientStateFor('user-1', nonce);
    expect(states.matches(clientState, 'user-1', nonce)).toBe(true);
    expect(states.matches(clientState, 'user-2', nonce)).toBe(false);
    expect(states.matches(`${clientState}x`, 'user-1', nonce)).toBe(false);
    expect(states.matches('', 'user-1', nonce)).toBe(false);
    expect(new NotificationClientStates('o'.repeat(32)).matches(clientState, 'user-1', nonce)).toBe(false);
  });
});
