import { ianaTimeZoneOfMailbox, type WindowsTimeZones } from './mailbox-time-zone';

// A few rows of CLDR's windowsZones, in its order; the adapter passes the whole table.
const cldr: Readonly<Record<string, readonly string[]>> = {
  'W. Europe Standard Time': ['Europe/Berlin', 'Europe/Andorra', 'Europe/Vienna', 'Europe/Amsterdam', 'Europe/Rome'],
  'GMT Standard Time': ['Europe/London', 'Atlantic/Canary', 'Europe/Dublin', 'Europe/Lisbon'],
  'India Standard Time': ['Asia/Kolkata'],
  'UTC-08': ['Etc/GMT+8'],
  'Atlantis Standard Time': ['Atlantis/Poseidonis', 'Europe/Madrid'],
};
const windowsTimeZones: WindowsTimeZones = (name) => cldr[name] ?? [];

describe('ianaTimeZoneOfMailbox', () => {
  it('maps a Windows name to the zone CLDR puts first', () => {
    expect(ianaTimeZoneOfMailbox('W. Europe Standard Time', windowsTimeZones)).toBe('Europe/Berlin');
    expect(ianaTimeZoneOfMailbox('GMT Standard Time', windowsTimeZones)).toBe('Europe/London');
    expect(ianaTimeZoneOfMailbox('UTC-08', windowsTimeZones)).toBe('Etc/GMT+8');
  });

  it("prefers the organisation's default where the Windows name stands for it too", () => {
    expect(ianaTimeZoneOfMailbox('W. Europe Standard Time', windowsTimeZones, 'Europe/Amsterdam')).toBe(
      'Europe/Amsterdam',
    );
    expect(ianaTimeZoneOfMailbox('GMT Standard Time', windowsTimeZones, 'Europe/Amsterdam')).toBe('Europe/London');
    expect(ianaTimeZoneOfMailbox('GMT Standard Time', windowsTimeZones, 'Mars/Olympus')).toBe('Europe/London');
  });

  it('takes an IANA name as it is, in the spelling Intl resolves it to', () => {
    expect(ianaTimeZoneOfMailbox('Europe/Amsterdam', windowsTimeZones)).toBe('Europe/Amsterdam');
    expect(ianaTimeZoneOfMailbox('America/New_York', windowsTimeZones, 'Europe/Amsterdam')).toBe('America/New_York');
    expect(ianaTimeZoneOfMailbox(' UTC ', windowsTimeZones)).toBe('UTC');
    const kolkata = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Kolkata' }).resolvedOptions().timeZone;
    expect(ianaTimeZoneOfMailbox('Asia/Kolkata', windowsTimeZones)).toBe(kolkata);
    expect(ianaTimeZoneOfMailbox('India Standard Time', windowsTimeZones)).toBe(kolkata);
  });

  it('skips zones of the table that Intl does not know', () => {
    expect(ianaTimeZoneOfMailbox('Atlantis Standard Time', windowsTimeZones)).toBe('Europe/Madrid');
  });

  it('gives undefined for a zone it cannot name, so the caller falls back', () => {
    for (const setting of ['', '   ', 'tzone://Microsoft/Custom', 'Customized Time Zone', 'Mars/Olympus', '+01:00'])
      expect(ianaTimeZoneOfMailbox(setting, windowsTimeZones, 'Europe/Amsterdam')).toBeUndefined();
  });
});
