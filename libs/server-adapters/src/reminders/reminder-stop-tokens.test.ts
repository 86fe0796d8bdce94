import { ReminderStopTokens } from './reminder-stop-tokens';

const tokens = new ReminderStopTokens('s'.repeat(32));
const now = new Date('2026-11-26T10:00:00Z');
const later = new Date('2027-11-26T10:00:00Z');

describe('ReminderStopTokens', () => {
  it('reads back the address it was minted for, normalised, until it expires', () => {
    const token = tokens.mint(' Jane@Example.com ', later);
    expect(token).toMatch(/^[\w-]+$/);
    expect(token).not.toContain('jane');
    expect(tokens.read(token, now)).toBe('jane@example.com');
    expect(tokens.read(token, later)).toBeUndefined();
  });

  it('refuses a token altered, cut, made with another secret, or not a token at all', () => {
    const token = tokens.mint('jane@example.com', later);
    const flipped = `${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`;
    expect(tokens.read(flipped, now)).toBeUndefined();
    expect(tokens.read(token.slice(0, -4), now)).toBeUndefined();
    expect(new ReminderStopTokens('t'.repeat(32)).read(token, now)).toBeUndefined();
    for (const junk of ['', 'not a token!', 'A'.repeat(600)]) expect(tokens.read(junk, now)).toBeUndefined();
  });
});
