import fc from 'fast-check';
import { parseTeamsMeetingLink } from './parse-teams-meeting-link';
import { teamsMeetingJoinUrl, type TeamsLinkMeeting } from './teams-meeting';

const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: length, maxLength: length });
const guid = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((parts) => parts.join('-'));
const threadId = fc.oneof(
  fc.base64String({ minLength: 8, maxLength: 80 }).map((b) => `19:meeting_${b.replace(/[+/=]/g, '') || 'x'}@thread.v2`),
  hex(32).map((h) => `19:${h}@thread.skype`),
  hex(32).map((h) => `19:${h}@thread.tacv2`),
);
const threadMeeting: fc.Arbitrary<TeamsLinkMeeting> = fc.record({
  kind: fc.constant('thread' as const),
  threadId,
  messageId: fc.oneof(fc.constant('0'), fc.bigInt({ min: 1n, max: 99_999_999_999_999n }).map(String)),
  tenantId: guid,
  organizerId: guid,
});
const meetLinkMeeting: fc.Arbitrary<TeamsLinkMeeting> = fc.record({
  kind: fc.constant('meet-link' as const),
  meetingId: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 20 }),
  linkPasscode: fc.string({
    unit: fc.constantFrom(...'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789_-'),
    minLength: 4,
    maxLength: 64,
  }),
});
const meeting = fc.oneof(threadMeeting, meetLinkMeeting);

const wrappers: readonly ((link: string) => string)[] = [
  (link) => link,
  (link) => `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(link)}&reserved=0`,
  (link) => `https://visit.teams.microsoft.com/?JoinWebUrl=${encodeURIComponent(link)}`,
  (link) => link.replace('https://teams.microsoft.com', 'https://teams.cloud.microsoft'),
  (link) => link.replace('https://', 'msteams://'),
  (link) => `Microsoft Teams meeting\nClick here to join the meeting <${link}>\nMeeting ID: 312 456 789 012\n`,
];

describe('parseTeamsMeetingLink, for any input', () => {
  it('never throws, and always answers ok or one of its codes', () => {
    const codes = [
      'meeting-link.malformed',
      'meeting-link.not-teams',
      'meeting-link.personal-teams',
      'meeting-link.government-cloud',
      'meeting-link.live-event',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.anything(),
        ),
        (input) => {
          const result = parseTeamsMeetingLink(input);
          expect(result.ok || codes.includes(result.error.code)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips: the canonical URL of a meeting, however wrapped, parses back to the same meeting', () => {
    fc.assert(
      fc.property(meeting, fc.constantFrom(...wrappers), (original, wrap) => {
        expect(parseTeamsMeetingLink(wrap(teamsMeetingJoinUrl(original)))).toEqual({ ok: true, value: original });
      }),
    );
  });

  it('refuses any host that merely looks like Teams', () => {
    const lookalike = fc.oneof(
      fc.constantFrom(
        'teams.microsoft.com.',
        'teams-microsoft.com',
        'teams.microsoft.co',
        'teamsmicrosoft.com',
        'xn--teams-microsoft.com',
      ),
      fc
        .domain()
        .filter(
          (d) =>
            !['teams.microsoft.com', 'teams.cloud.microsoft', 'visit.teams.microsoft.com', 'teams.live.com'].includes(
              d,
            ) &&
            !d.endsWith('.safelinks.protection.outlook.com') &&
            !d.endsWith('teams.microsoft.us'),
        ),
      // Cyrillic letters; fullwidth Latin is not here because URL parsing maps it to the real host.
      fc.constantFrom('tеams.microsoft.com', 'teams.micrоsoft.com', 'teams.microsoft.cоm'),
    );
    fc.assert(
      fc.property(threadMeeting, lookalike, (m, host) => {
        const link = teamsMeetingJoinUrl(m).replace('teams.microsoft.com', host);
        const result = parseTeamsMeetingLink(link);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it('refuses userinfo tricks whatever the names', () => {
    fc.assert(
      fc.property(threadMeeting, fc.domain(), (m, other) => {
        const url = teamsMeetingJoinUrl(m);
        expect(parseTeamsMeetingLink(url.replace('teams.microsoft.com', `teams.microsoft.com@${other}`)).ok).toBe(
          false,
        );
        expect(parseTeamsMeetingLink(url.replace('teams.microsoft.com', `${other}@teams.microsoft.com`)).ok).toBe(
          false,
        );
      }),
    );
  });

  it('refuses control and bidi characters hidden anywhere in a valid link', () => {
    const hidden = fc.constantFrom(
      '\u0000',
      '\u0008',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u200e',
      '\u202e',
      '\u2066',
      '\ufeff',
    );
    fc.assert(
      fc.property(threadMeeting, hidden, fc.nat(), (m, char, position) => {
        const url = teamsMeetingJoinUrl(m);
        const at = 1 + (position % (url.length - 1));
        expect(parseTeamsMeetingLink(url.slice(0, at) + char + url.slice(at)).ok).toBe(false);
      }),
    );
  });

  it('refuses huge input without reading it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8193, maxLength: 20_000 }), (input) => {
        expect(parseTeamsMeetingLink(input)).toEqual({ ok: false, error: { code: 'meeting-link.malformed' } });
      }),
      { numRuns: 20 },
    );
  });
});
