import { isTimeZone } from './time-zone';

/**
 * The IANA zones a Windows time zone name stands for, best first (CLDR's `windowsZones`, whose zone
 * for territory 001 comes first), or none for a name it does not know. The domain takes the table
 * as a parameter because it holds no package: the adapter that reads Windows names supplies it.
 */
export type WindowsTimeZones = (windowsZone: string) => readonly string[];

/**
 * The IANA zone a mailbox's time zone setting (Microsoft Graph's `mailboxSettings.timeZone`) names,
 * spelled as this runtime's `Intl` spells it, or undefined when it names none `Intl` knows (empty,
 * Exchange's custom zones, a name too new or unknown); the caller then falls back to its default.
 *
 * Exchange usually holds a Windows name ("W. Europe Standard Time"), sometimes an IANA one. A Windows
 * name stands for several IANA zones that keep the same time today (Amsterdam, Berlin, Rome…); of
 * those, `preferred` (the organisation's default) wins when it is one, so an Amsterdam office is not
 * shown CLDR's Berlin, and otherwise CLDR's first.
 */
export function ianaTimeZoneOfMailbox(
  mailboxZone: string,
  windowsTimeZones: WindowsTimeZones,
  preferred?: string,
): string | undefined {
  const name = mailboxZone.trim();
  if (isTimeZone(name)) return intlSpelling(name);
  if (name === '') return undefined;
  const zones = windowsTimeZones(name).filter(isTimeZone).map(intlSpelling);
  const wanted = preferred !== undefined && isTimeZone(preferred) ? intlSpelling(preferred) : undefined;
  return zones.find((zone) => zone === wanted) ?? zones[0];
}

/**
 * The name `Intl` resolves a zone to (`Asia/Kolkata` → `Asia/Calcutta` in today's ICU), which is how
 * `Intl.supportedValuesOf('timeZone')` lists it, so the zone matches an entry of such a list.
 */
function intlSpelling(zone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}
