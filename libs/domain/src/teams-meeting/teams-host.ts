/** What a host name tells us about a pasted link. */
export type TeamsHostKind =
  'public' | 'government' | 'personal' | 'bookings' | 'safelinks' | 'teams-safelinks' | 'other';

const publicHosts = new Set(['teams.microsoft.com', 'teams.cloud.microsoft']);
const personalHosts = new Set(['teams.live.com']);
const bookingsHosts = new Set(['visit.teams.microsoft.com']);
const safeLinksHost = /^[a-z0-9-]{1,63}\.safelinks\.protection\.outlook\.com$/;
// Teams' own Safe Links page, which wraps links opened from chats.
const teamsSafeLinksHosts = new Set(['statics.teams.cdn.office.net', 'teams.public.onecdn.static.microsoft']);
// GCC High and DoD live on the .us sovereign cloud; GCC (moderate) shares public hosts and is
// recognised by tenant instead.
const governmentHost = /(^|\.)teams\.microsoft\.us$/;

/**
 * Classifies an already-parsed URL host. Hosts are compared exactly as the WHATWG URL parser
 * normalised them (lower case, IDN as punycode), so look-alike hosts never match.
 */
export function classifyTeamsHost(host: string): TeamsHostKind {
  if (publicHosts.has(host)) return 'public';
  if (governmentHost.test(host)) return 'government';
  if (personalHosts.has(host)) return 'personal';
  if (bookingsHosts.has(host)) return 'bookings';
  if (safeLinksHost.test(host)) return 'safelinks';
  if (teamsSafeLinksHosts.has(host)) return 'teams-safelinks';
  return 'other';
}
