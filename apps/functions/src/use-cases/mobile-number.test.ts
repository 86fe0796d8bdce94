import { parseMobileNumber } from './mobile-number';

describe('parseMobileNumber', () => {
  it.each([
    ['+31 6 12345678', '+31612345678'],
    ['+31-6-1234-5678', '+31612345678'],
    ['+32 470 12 34 56', '+32470123456'],
    ['+49 151 23456789', '+4915123456789'],
    ['+44 7911 123456', '+447911123456'],
    ['+1 415 555 2671', '+14155552671'],
  ])('keeps %s as %s', (input, e164) => {
    expect(parseMobileNumber(input)).toEqual({ ok: true, value: e164 });
  });

  it.each([
    ['0612345678', 'not international'],
    ['+31 20 794 6000', 'an Amsterdam landline'],
    ['+31 6 1234', 'too short'],
    ['+999 12345678', 'no such country'],
    ['call me', 'not a number'],
    ['', 'empty'],
  ])('refuses %s (%s)', (input) => {
    expect(parseMobileNumber(input)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'guest.invalid-mobile-number' }),
    });
  });
});
