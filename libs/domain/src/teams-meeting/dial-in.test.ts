import { dialInFrom, dialInTelLink } from './dial-in';

describe('dialInFrom', () => {
  it('keeps a toll number, a toll-free number and a conference ID as Teams gives them', () => {
    expect(
      dialInFrom({ tollNumber: ' +31 20 123 4567 ', tollFreeNumber: '0800-022-1234', conferenceId: '123 456 789' }),
    ).toEqual({ tollNumber: '+31 20 123 4567', tollFreeNumber: '0800-022-1234', conferenceId: '123456789' });
  });

  it('is nothing without audio conferencing, or for values that are not a phone number and an ID', () => {
    expect(dialInFrom({})).toBeUndefined();
    expect(dialInFrom({ tollNumber: null, conferenceId: '123456789' })).toBeUndefined();
    expect(dialInFrom({ tollNumber: '+31 20 123 4567', conferenceId: null })).toBeUndefined();
    expect(dialInFrom({ tollNumber: '<a href="x">call</a>', conferenceId: '123456789' })).toBeUndefined();
    expect(dialInFrom({ tollNumber: '+31 20 123 4567', conferenceId: '12ab' })).toBeUndefined();
    expect(
      dialInFrom({ tollNumber: '+31 20 123 4567', tollFreeNumber: 'javascript:x', conferenceId: '123456789' }),
    ).toEqual({ tollNumber: '+31 20 123 4567', conferenceId: '123456789' });
  });
});

describe('dialInTelLink', () => {
  it('dials the number, pauses, and enters the conference ID with its #', () => {
    expect(dialInTelLink('+31 20 123 4567', '123456789')).toBe('tel:+31201234567,,123456789%23');
  });
});
