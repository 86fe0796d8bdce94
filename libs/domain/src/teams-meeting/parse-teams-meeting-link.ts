import { err, ok, type Result } from '../result';
import { porticoError, type PorticoError } from '../errors/portico-error';
import { parseBareMeetingId, meetingFromIdAndPasscode } from './meeting-id-passcode';
import { classifyTeamsHost } from './teams-host';
import type { TeamsMeeting, TeamsThreadMeeting } from './teams-meeting';
import { hasHiddenCharacters } from '../hidden-characters';

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

/**
 * Reads any form of Teams meeting link that staff or guests paste (meetup-join links, encoded or not,
 * on either public host; short meet links; a bare meeting ID and passcode; Bookings, launcher and
 * Safe Links wrappers) and returns the meeting, or the reason it cannot be joined. Never throws.
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
  if (hasHiddenCharacters(text)) return refuse('meeting-link.malformed');
  if (/\s/.test(text)) return refuse('meeting-link.not-teams');
  const parsed = parseUrl(text, 0);
  if (!parsed.ok || parsed.value.kind !== 'thread') return parsed;
  return isGovernmentMeeting(parsed.value, policy) ? refuse('meeting-link.government-cloud') : parsed;
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
  const candidate = schemeless.test(text) ? `https://${text}` : text;
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
  // The web client's own address: https://teams.microsoft.com/_#/l/meetup-join/...
  if (first === '_' && url.hash.startsWith('#/l/')) {
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
  return ok({ kind: 'thread', threadId, messageId, tenantId: context.tenantId, organizerId: context.organizerId });
}

function parseShortMeetLink(segments: readonly string[], query: URLSearchParams): Result<TeamsMeeting, PorticoError> {
  const [meetingId, ...rest] = segments;
  const passcode = query.get('p');
  if (meetingId === undefined || passcode === null || rest.some((s) => s !== ''))
    return refuse('meeting-link.malformed');
  return meetingFromIdAndPasscode(meetingId, passcode);
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

function parseContext(raw: string | null): { tenantId: string; organizerId: string } | undefined {
  if (raw === null) return undefined;
  let context: unknown;
  try {
    context = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof context !== 'object' || context === null) return undefined;
  const { Tid: tenantId, Oid: organizerId } = context as { Tid?: unknown; Oid?: unknown };
  if (typeof tenantId !== 'string' || typeof organizerId !== 'string') return undefined;
  if (!guidPattern.test(tenantId) || !guidPattern.test(organizerId)) return undefined;
  return { tenantId: tenantId.toLowerCase(), organizerId: organizerId.toLowerCase() };
}
