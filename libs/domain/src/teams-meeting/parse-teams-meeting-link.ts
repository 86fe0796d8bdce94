import { err, ok, type Result } from '../result';
import { porticoError, type PorticoError } from '../errors/portico-error';
import { findMeetingIdInInvitation, meetingFromMeetLink, parseBareMeetingId } from './meeting-id-passcode';
import { classifyTeamsHost } from './teams-host';
import type { TeamsMeeting, TeamsThreadMeeting } from './teams-meeting';
import { hasHiddenCharactersInLines } from '../hidden-characters';

/** Organisation settings that decide which otherwise valid meetings are refused. */
export interface MeetingLinkPolicy {
  /** Tenant ids (lower case) of GCC tenants: their links use public hosts but ACS cannot join them. */
  readonly governmentTenantIds?: ReadonlySet<string>;
}

/** Longer than any real link, Safe Links wrapping included; beyond it the input is refused unread. */
export const maxMeetingLinkLength = 8192;
// Safe Links around a Bookings link around a launcher link is the deepest nesting seen in practice.
const maxUnwrapDepth = 4;

const threadIdPattern = /^19:[A-Za-z0-9_.=+-]{1,256}@thread\.(?:v2|skype|tacv2)$/;
const messageIdPattern = /^\d{1,20}$/;
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const schemeless = /^(?:[a-z0-9-]+\.)+[a-z]{2,}\//i;

const refuse = (code: PorticoError['code']) => err(porticoError(code));

/** Where a link may start inside pasted text: the web forms and the Teams app's own scheme. */
const linkInText = /(?:https?:\/\/|msteams:)[^\s<>"']+/gi;
/** Refusals that say what the meeting is (not just that a link is no Teams link): they win in a text. */
const meetingKindRefusals = new Set<PorticoError['code']>([
  'meeting-link.government-cloud',
  'meeting-link.personal-teams',
  'meeting-link.live-event',
]);

/**
 * Reads any form of Teams meeting link that staff or guests paste (meetup-join links, encoded or not,
 * on either public host; short meet links; the web client's addresses, old and new; `msteams:` deep
 * links; a bare meeting ID and passcode; Bookings, launcher and Safe Links wrappers; a whole
 * invitation pasted as text) and returns the meeting, or the reason it cannot be joined. Never throws.
 */
export function parseTeamsMeetingLink(
  input: unknown,
  policy: MeetingLinkPolicy = {},
): Result<TeamsMeeting, PorticoError> {
  if (typeof input !== 'string' || input.length > maxMeetingLinkLength) return refuse('meeting-link.malformed');
  const text = input.trim().replace(/^<(.*)>$/s, '$1');
  if (text === '') return refuse('meeting-link.not-teams');
  const bare = parseBareMeetingId(text);
  if (bare) return bare;
  // A pasted invitation has line breaks and tabs; nothing else hidden is allowed in it.
  if (hasHiddenCharactersInLines(text)) return refuse('meeting-link.malformed');
  if (/\s/.test(text)) return parseInvitation(text, policy);
  return withPolicy(parseUrl(text, 0), policy);
}

function withPolicy(
  parsed: Result<TeamsMeeting, PorticoError>,
  policy: MeetingLinkPolicy,
): Result<TeamsMeeting, PorticoError> {
  if (!parsed.ok || parsed.value.kind !== 'thread') return parsed;
  return isGovernmentMeeting(parsed.value, policy) ? refuse('meeting-link.government-cloud') : parsed;
}

/**
 * A whole invitation pasted as text: the first link in it that is a Teams meeting, else its labelled
 * "Meeting ID … Passcode …" block. The other links an invitation carries (download Teams, meeting
 * options, dial-in numbers) are passed over; a link that shows the meeting cannot be joined here (a
 * live event, a government cloud) decides the answer.
 */
function parseInvitation(text: string, policy: MeetingLinkPolicy): Result<TeamsMeeting, PorticoError> {
  let refusal: Result<TeamsMeeting, PorticoError> | undefined;
  for (const [found] of text.matchAll(linkInText)) {
    const parsed = withPolicy(parseUrl(found.replace(/[).,;:!?]+$/, ''), 0), policy);
    if (parsed.ok) return parsed;
    if (meetingKindRefusals.has(parsed.error.code)) refusal ??= parsed;
  }
  return refusal ?? findMeetingIdInInvitation(text) ?? refuse('meeting-link.not-teams');
}

/**
 * Whether a meeting belongs to a government tenant that ACS cannot join. Government hosts are
 * refused by the link parser itself; a GCC tenant uses public hosts, so its id decides.
 */
export function isGovernmentMeeting(meeting: TeamsMeeting, policy: MeetingLinkPolicy): boolean {
  return meeting.kind === 'thread' && (policy.governmentTenantIds?.has(meeting.tenantId.toLowerCase()) ?? false);
}

function parseUrl(text: string, depth: number): Result<TeamsMeeting, PorticoError> {
  if (depth > maxUnwrapDepth) return refuse('meeting-link.malformed');
  // The Teams app's deep links (`msteams:/l/meetup-join/…`, `msteams://teams.microsoft.com/…`) name
  // the same paths as the web.
  const web = text.replace(/^msteams:(?:\/\/teams\.microsoft\.com)?\/*/i, 'https://teams.microsoft.com/');
  const candidate = schemeless.test(web) ? `https://${web}` : web;
  if (!URL.canParse(candidate)) return refuse('meeting-link.not-teams');
  const url = new URL(candidate);
  // Userinfo and ports have no place in a Teams link; they are how look-alike links are built.
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.port) {
    return refuse('meeting-link.not-teams');
  }
  switch (classifyTeamsHost(url.hostname)) {
    case 'government':
      return refuse('meeting-link.government-cloud');
    case 'personal':
      return refuse('meeting-link.personal-teams');
    case 'bookings':
      return unwrap(queryParam(url.searchParams, 'joinweburl'), depth);
    case 'safelinks':
      return unwrap(url.searchParams.get('url'), depth);
    case 'teams-safelinks':
      // Teams' own Safe Links page wraps links in chats; the host also serves ordinary assets.
      return url.pathname.endsWith('/atp-safelinks.html')
        ? unwrap(url.searchParams.get('url'), depth)
        : refuse('meeting-link.not-teams');
    case 'public':
      return parsePublicTeamsUrl(url, depth);
    case 'other':
      return refuse('meeting-link.not-teams');
  }
}

function unwrap(inner: string | null, depth: number): Result<TeamsMeeting, PorticoError> {
  return inner ? parseUrl(inner.trim(), depth + 1) : refuse('meeting-link.malformed');
}

/** Bookings has spelled its parameter `JoinWebUrl` and `joinWebUrl`; names are matched in any case. */
function queryParam(query: URLSearchParams, lowerCaseName: string): string | null {
  for (const [name, value] of query) if (name.toLowerCase() === lowerCaseName) return value;
  return null;
}

function parsePublicTeamsUrl(url: URL, depth: number): Result<TeamsMeeting, PorticoError> {
  const segments = url.pathname.split('/').slice(1);
  const [first, second] = segments;
  if (first === 'l' && second === 'meetup-join') return parseMeetupJoin(segments.slice(2), url.searchParams);
  if (first === 'meet') return parseShortMeetLink(segments.slice(1), url.searchParams);
  if (first === 'dl' && second === 'launcher') {
    const inner = url.searchParams.get('url');
    return inner
      ? parseUrl(new URL(inner.replace(/^\/_#/, ''), url.origin).href, depth + 1)
      : refuse('meeting-link.malformed');
  }
  // The web client's own addresses: https://teams.microsoft.com/_#/l/meetup-join/... and the new
  // client's https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/... (or #/meet/...).
  const inClient = first === '_' || (first === 'v2' && (second === undefined || second === ''));
  if (inClient && (url.hash.startsWith('#/l/') || url.hash.startsWith('#/meet/'))) {
    return parseUrl(new URL(url.hash.slice(1), url.origin).href, depth + 1);
  }
  return refuse('meeting-link.not-teams');
}

function parseMeetupJoin(
  segments: readonly string[],
  query: URLSearchParams,
): Result<TeamsThreadMeeting, PorticoError> {
  const [rawThread, messageId, ...rest] = segments;
  if (rawThread === undefined || messageId === undefined || rest.some((s) => s !== ''))
    return refuse('meeting-link.malformed');
  const threadId = decodeRepeatedly(rawThread);
  const context = parseContext(query.get('context'));
  if (threadId === undefined || !threadIdPattern.test(threadId) || !messageIdPattern.test(messageId) || !context) {
    return refuse('meeting-link.malformed');
  }
  // Live events (broadcasts) mark themselves in the link's context; ACS cannot join them.
  if (context.broadcast) return refuse('meeting-link.live-event');
  return ok({ kind: 'thread', threadId, messageId, tenantId: context.tenantId, organizerId: context.organizerId });
}

function parseShortMeetLink(segments: readonly string[], query: URLSearchParams): Result<TeamsMeeting, PorticoError> {
  const [meetingId, ...rest] = segments;
  const passcode = query.get('p');
  if (meetingId === undefined || passcode === null || rest.some((s) => s !== ''))
    return refuse('meeting-link.malformed');
  return meetingFromMeetLink(meetingId, passcode);
}

/** Links are encoded once by Teams and sometimes once more by mail clients; twice is the limit. */
function decodeRepeatedly(value: string): string | undefined {
  let decoded = value;
  for (let round = 0; round < 2 && decoded.includes('%'); round++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return undefined;
    }
  }
  return decoded;
}

function parseContext(raw: string | null): { tenantId: string; organizerId: string; broadcast: boolean } | undefined {
  if (raw === null) return undefined;
  let context: unknown;
  try {
    context = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof context !== 'object' || context === null) return undefined;
  const {
    Tid: tenantId,
    Oid: organizerId,
    IsBroadcastMeeting: broadcast,
  } = context as { Tid?: unknown; Oid?: unknown; IsBroadcastMeeting?: unknown };
  if (typeof tenantId !== 'string' || typeof organizerId !== 'string') return undefined;
  if (!guidPattern.test(tenantId) || !guidPattern.test(organizerId)) return undefined;
  return { tenantId: tenantId.toLowerCase(), organizerId: organizerId.toLowerCase(), broadcast: broadcast === true };
}
