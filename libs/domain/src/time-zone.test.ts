import { isTimeZone } from './time-zone';

describe('isTimeZone', () => {
  it('takes IANA zones, UTC included', () => {
    for (const zone of ['Europe/Amsterdam', 'America/New_York', 'Asia/Kolkata', 'UTC'])
      expect(isTimeZone(zone)).toBe(true);
  });

  it('refuses anything else', () => {
    for (const junk of ['', 'Mars/Olympus', 'europe/amsterdam ', '+01:00', 42, undefined])
      expect(isTimeZone(junk)).toBe(false);
  });
});
