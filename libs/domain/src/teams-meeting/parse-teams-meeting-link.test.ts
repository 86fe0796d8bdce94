import { isGovernmentMeeting, parseTeamsMeetingLink } from './parse-teams-meeting-link';
import { acsMeetingLocator, teamsMeetingJoinUrl, type TeamsMeeting } from './teams-meeting';

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const organizerId = '4b5c6d7e-1f2a-4b3c-9d8e-7f6a5b4c3d2e';
const threadId = '19:meeting_NTg0NmQ3NzUtYzQ5Ni00ZDI5LTk5ODAtYWJmNWVlYTk3NGFl@thread.v2';
const context = JSON.stringify({ Tid: tenantId, Oid: organizerId });
const encodedLink = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(threadId)}/0?context=${encodeURIComponent(context)}`;
const expected: TeamsMeeting = { kind: 'thread', threadId, messageId: '0', tenantId, organizerId };

const codeOf = (input: unknown, governmentTenantIds?: ReadonlySet<string>) => {
  const result = parseTeamsMeetingLink(input, governmentTenantIds ? { governmentTenantIds } : {});
  return result.ok ? 'ok' : result.error.code;
};

describe('parseTeamsMeetingLink accepts every form people paste', () => {
  it.each([
    ['an encoded meetup-join link', encodedLink],
    ['the same link unencoded', `https://teams.microsoft.com/l/meetup-join/${threadId}/0?context=${context}`],
    ['lower-case percent escapes as Teams writes them', encodedLink.replace(/%3A/g, '%3a').replace(/%40/g, '%40')],
    ['the teams.cloud.microsoft host', encodedLink.replace('teams.microsoft.com', 'teams.cloud.microsoft')],
    ['a link without its scheme', encodedLink.replace('https://', '')],
    ['a link in angle brackets with spaces around', `  <${encodedLink}>\n`],
    [
      'a double-encoded thread from a mail client',
      encodedLink.replace(encodeURIComponent(threadId), encodeURIComponent(encodeURIComponent(threadId))),
    ],
    [
      'an Outlook Safe Link',
      `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(encodedLink)}&data=05%7C02&sdata=abc&reserved=0`,
    ],
    ['a Bookings link', `https://visit.teams.microsoft.com/?JoinWebUrl=${encodeURIComponent(encodedLink)}`],
    [
      'a Bookings link spelled joinWebUrl',
      `https://visit.teams.microsoft.com/?joinWebUrl=${encodeURIComponent(encodedLink)}`,
    ],
    [
      'a launcher link',
      `https://teams.microsoft.com/dl/launcher/launcher.html?url=${encodeURIComponent(`/_#/l/meetup-join/${encodeURIComponent(threadId)}/0?context=${encodeURIComponent(context)}&anon=true`)}&type=meetup-join&directDl=true&msLaunch=true`,
    ],
    [
      'the web client address',
      `https://teams.microsoft.com/_#/l/meetup-join/${encodeURIComponent(threadId)}/0?context=${encodeURIComponent(context)}`,
    ],
    [
      'the new web client address',
      `https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/${threadId}/0?context=${encodeURIComponent(context)}&anon=true&deeplinkId=5b4c`,
    ],
    [
      'a Teams app deep link',
      `msteams:/l/meetup-join/${encodeURIComponent(threadId)}/0?context=${encodeURIComponent(context)}`,
    ],
    ['a Teams app deep link with its host', encodedLink.replace('https://', 'msteams://')],
    [
      'Teams’ own Safe Links page',
      `https://statics.teams.cdn.office.net/evergreen-assets/safelinks/1/atp-safelinks.html?url=${encodeURIComponent(encodedLink)}&locale=en-us`,
    ],
    [
      'a Safe Link around a Bookings link',
      `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(`https://visit.teams.microsoft.com/?JoinWebUrl=${encodeURIComponent(encodedLink)}`)}`,
    ],
  ])('%s', (_name, link) => {
    expect(parseTeamsMeetingLink(link)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [
      'an English invitation with the link in angle brackets',
      [
        '________________________________________________________________________________',
        'Microsoft Teams meeting',
        'Join on your computer, mobile app or room device',
        `Click here to join the meeting <${encodedLink}>`,
        'Meeting ID: 312 456 789 012',
        'Passcode: Ab3dEf',
        'Download Teams <https://www.microsoft.com/microsoft-teams/download-app> | Join on the web <https://www.microsoft.com/microsoft-teams/join-a-meeting>',
        'Or call in (audio only)',
        '+31 20 123 4567,,123456789#   Netherlands, Amsterdam',
        'Phone Conference ID: 123 456 789#',
        'Learn More <https://aka.ms/JoinTeamsMeeting> | Meeting options <https://teams.microsoft.com/meetingOptions/?organizerId=x>',
      ].join('\n'),
    ],
    [
      'an invitation whose links Safe Links wrapped',
      `Microsoft Teams meeting\nJoin: https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(encodedLink)}&data=05%7C02&reserved=0\nMeeting ID: 312 456 789 012`,
    ],
  ])('the meeting link inside %s', (_name, text) => {
    expect(parseTeamsMeetingLink(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [
      'English',
      'Microsoft Teams meeting\nMeeting ID: 312 456 789 012\nPasscode: Ab3dEf\nPhone Conference ID: 123 456 789#',
    ],
    ['Dutch', 'Microsoft Teams-vergadering\nVergaderings-id: 312 456 789 012\nWachtwoordcode: Ab3dEf\nMeer informatie'],
  ])('the ID and passcode of a pasted %s invitation without a link', (_name, text) => {
    expect(parseTeamsMeetingLink(text)).toEqual({
      ok: true,
      value: { kind: 'meeting-id', meetingId: '312456789012', passcode: 'Ab3dEf' },
    });
  });

  it('reads a short meet link as the link itself, because its p is not the printed passcode', () => {
    const link = 'https://teams.microsoft.com/meet/275761859490230?p=rUbXmNUNLRJLAXe6BX';
    const parsed = parseTeamsMeetingLink(link);
    if (!parsed.ok) throw new Error('expected a meeting');
    expect(parsed.value).toEqual({
      kind: 'meet-link',
      meetingId: '275761859490230',
      linkPasscode: 'rUbXmNUNLRJLAXe6BX',
    });
    expect(acsMeetingLocator(parsed.value)).toEqual({ meetingLink: link });
    for (const form of [
      `https://teams.microsoft.com/_#/meet/275761859490230?p=rUbXmNUNLRJLAXe6BX`,
      `https://teams.microsoft.com/v2/?meetingjoin=true#/meet/275761859490230?p=rUbXmNUNLRJLAXe6BX&anon=true`,
      `Join: ${link}`,
    ]) {
      expect(parseTeamsMeetingLink(form)).toEqual(parsed);
    }
  });

  it('refuses a live event with its own reason, alone or inside an invitation', () => {
    const broadcast = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(threadId)}/0?context=${encodeURIComponent(
      JSON.stringify({ Tid: tenantId, Oid: organizerId, IsBroadcastMeeting: true }),
    )}&btype=a&role=a`;
    expect(codeOf(broadcast)).toBe('meeting-link.live-event');
    expect(codeOf(`Join the live event <${broadcast}>\nMeeting ID: 312 456 789 012\nPasscode: Ab3dEf`)).toBe(
      'meeting-link.live-event',
    );
  });

  it('refuses text that holds no Teams meeting', () => {
    expect(
      codeOf('Call me on +31 20 123 4567, Phone Conference ID: 123 456 789# https://aka.ms/JoinTeamsMeeting'),
    ).toBe('meeting-link.not-teams');
  });

  it('reads channel meetings (thread.tacv2) with their message id', () => {
    const channelThread = '19:a1b2c3d4e5f60718293a4b5c6d7e8f90@thread.tacv2';
    const link = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(channelThread)}/1712345678901?context=${encodeURIComponent(context)}`;
    expect(parseTeamsMeetingLink(link)).toEqual({
      ok: true,
      value: { kind: 'thread', threadId: channelThread, messageId: '1712345678901', tenantId, organizerId },
    });
  });

  it('reads older thread.skype meetings', () => {
    const skypeThread = '19:0123456789abcdef0123456789abcdef@thread.skype';
    const link = `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(skypeThread)}/0?context=${encodeURIComponent(context)}`;
    const result = parseTeamsMeetingLink(link);
    expect(result.ok && result.value.kind === 'thread' && result.value.threadId).toBe(skypeThread);
  });

  it('normalises tenant and organiser ids to lower case', () => {
    const upper = JSON.stringify({ Tid: tenantId.toUpperCase(), Oid: organizerId.toUpperCase() });
    const result = parseTeamsMeetingLink(
      `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(threadId)}/0?context=${encodeURIComponent(upper)}`,
    );
    expect(result).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['the short meet link', 'https://teams.microsoft.com/meet/2345678901234?p=Ab12Cd34'],
    ['the short meet link on the new host', 'https://teams.cloud.microsoft/meet/2345678901234?p=Ab12Cd34'],
  ])('%s, as a link', (_name, input) => {
    expect(parseTeamsMeetingLink(input)).toEqual({
      ok: true,
      value: { kind: 'meet-link', meetingId: '2345678901234', linkPasscode: 'Ab12Cd34' },
    });
  });

  it.each([
    ['a bare meeting ID and passcode as Teams prints them', 'Meeting ID: 234 567 890 123 4\nPasscode: Ab12Cd34'],
    ['the Dutch labels', 'Vergader-id: 234 567 890 123 4 Wachtwoordcode: Ab12Cd34'],
    ['just the two values', '2345678901234 Ab12Cd34'],
  ])('%s', (_name, input) => {
    expect(parseTeamsMeetingLink(input)).toEqual({
      ok: true,
      value: { kind: 'meeting-id', meetingId: '2345678901234', passcode: 'Ab12Cd34' },
    });
  });
});

describe('parseTeamsMeetingLink refuses, each with its own code', () => {
  it.each([
    ['GCC High', encodedLink.replace('teams.microsoft.com', 'gov.teams.microsoft.us')],
    ['DoD', encodedLink.replace('teams.microsoft.com', 'dod.teams.microsoft.us')],
    [
      'a GCC High link inside a Safe Link',
      `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(encodedLink.replace('teams.microsoft.com', 'gov.teams.microsoft.us'))}`,
    ],
  ])('government cloud: %s', (_name, link) => {
    expect(codeOf(link)).toBe('meeting-link.government-cloud');
  });

  it('refuses a public-host link from a tenant listed as GCC', () => {
    expect(codeOf(encodedLink, new Set([tenantId]))).toBe('meeting-link.government-cloud');
    expect(codeOf(encodedLink, new Set(['00000000-0000-0000-0000-000000000000']))).toBe('ok');
  });

  it('decides whether a stored meeting is a government one by the same rule, whatever the id’s case', () => {
    const policy = { governmentTenantIds: new Set([tenantId]) };
    expect(isGovernmentMeeting({ ...expected, tenantId: tenantId.toUpperCase() }, policy)).toBe(true);
    expect(isGovernmentMeeting(expected, {})).toBe(false);
    expect(isGovernmentMeeting({ kind: 'meeting-id', meetingId: '2345678901234', passcode: 'Ab12Cd34' }, policy)).toBe(
      false,
    );
  });

  it.each([
    ['a personal meeting link', 'https://teams.live.com/meet/9876543210987?p=Xy12Zw'],
    ['a personal meetup-join link', encodedLink.replace('teams.microsoft.com', 'teams.live.com')],
  ])('personal Teams: %s', (_name, link) => {
    expect(codeOf(link)).toBe('meeting-link.personal-teams');
  });

  it.each([
    ['another site', 'https://zoom.us/j/123456789'],
    ['an empty string', '   '],
    ['plain words', 'see you tomorrow'],
    ['Teams’ Safe Links host serving something else', 'https://statics.teams.cdn.office.net/evergreen-assets/x.js'],
    ['a Teams app link to a chat', 'msteams:/l/chat/0/0?users=someone@contoso.com'],
    [
      'userinfo that hides the real host',
      encodedLink.replace('teams.microsoft.com', 'teams.microsoft.com@evil.example'),
    ],
    ['userinfo on the real host', encodedLink.replace('teams.microsoft.com', 'evil.example@teams.microsoft.com')],
    ['a Cyrillic look-alike host', encodedLink.replace('teams.microsoft.com', 'teams.micrоsoft.com')],
    ['a look-alike suffix', encodedLink.replace('teams.microsoft.com', 'teams.microsoft.com.evil.example')],
    ['an explicit port', encodedLink.replace('teams.microsoft.com', 'teams.microsoft.com:8443')],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a Teams chat link', 'https://teams.microsoft.com/l/chat/0/0?users=someone@contoso.com'],
    [
      'a launcher that points elsewhere',
      `https://teams.microsoft.com/dl/launcher/launcher.html?url=${encodeURIComponent('//evil.example/l/meetup-join/x/0')}`,
    ],
    [
      'a Safe Link around another site',
      `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://evil.example/')}`,
    ],
  ])('not a Teams link: %s', (_name, input) => {
    expect(codeOf(input)).toBe('meeting-link.not-teams');
  });

  it.each([
    ['no context', `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(threadId)}/0`],
    ['context that is not JSON', encodedLink.replace(/context=.*/, 'context=%7Bnope')],
    ['a tenant that is not a GUID', encodedLink.replace(tenantId, 'contoso')],
    ['a thread id of the wrong shape', encodedLink.replace('thread.v2', 'thread.v9')],
    ['a broken percent escape', encodedLink.replace('19%3A', '19%3')],
    [
      'no message id',
      `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(threadId)}?context=${encodeURIComponent(context)}`,
    ],
    ['extra path segments', encodedLink.replace('/0?', '/0/extra?')],
    ['a short link without its passcode', 'https://teams.microsoft.com/meet/2345678901234'],
    ['a short link with a meeting id that is not digits', 'https://teams.microsoft.com/meet/abc?p=Ab12Cd34'],
    ['a Safe Link with nothing inside', 'https://eur02.safelinks.protection.outlook.com/?data=abc'],
    ['control characters', `${encodedLink.slice(0, 30)}\u0007${encodedLink.slice(30)}`],
    ['a bidi override', `${encodedLink}\u202e`],
    ['not a string', 42],
    ['a huge input', `${encodedLink}&x=${'a'.repeat(10_000)}`],
  ])('malformed: %s', (_name, input) => {
    expect(codeOf(input)).toBe('meeting-link.malformed');
  });

  it('refuses links nested deeper than any real wrapper', () => {
    let link = encodedLink;
    for (let i = 0; i < 6; i++)
      link = `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(link)}`;
    expect(codeOf(link)).toBe('meeting-link.malformed');
  });
});

describe('the ACS locator', () => {
  it('is the canonical meeting link for thread meetings, on the classic host', () => {
    const parsed = parseTeamsMeetingLink(encodedLink.replace('teams.microsoft.com', 'teams.cloud.microsoft'));
    if (!parsed.ok) throw new Error('expected a meeting');
    expect(acsMeetingLocator(parsed.value)).toEqual({ meetingLink: encodedLink });
  });

  it('is the short link itself for short links', () => {
    const parsed = parseTeamsMeetingLink('https://teams.cloud.microsoft/meet/2345678901234?p=Ab12Cd34');
    if (!parsed.ok || parsed.value.kind !== 'meet-link') throw new Error('expected a short link');
    const link = 'https://teams.microsoft.com/meet/2345678901234?p=Ab12Cd34';
    expect(acsMeetingLocator(parsed.value)).toEqual({ meetingLink: link });
    expect(teamsMeetingJoinUrl(parsed.value)).toBe(link);
  });

  it('is meeting id and passcode for an ID and passcode typed from an invitation', () => {
    const parsed = parseTeamsMeetingLink('Meeting ID: 234 567 890 123 4 Passcode: Ab12Cd34');
    if (!parsed.ok) throw new Error('expected a meeting');
    expect(acsMeetingLocator(parsed.value)).toEqual({ meetingId: '2345678901234', passcode: 'Ab12Cd34' });
  });
});
