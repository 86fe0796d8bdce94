import { parseTeamsMeetingLink, teamsMeetingJoinUrl, type TeamsMeeting } from '@portico/domain';
import { rate, type Measurement } from './measurement';

function sampleLinks(): string[] {
  const links: string[] = [];
  for (let i = 0; i < 200; i++) {
    const hex = i.toString(16).padStart(12, '0');
    const meeting: TeamsMeeting = {
      kind: 'thread',
      threadId: `19:meeting_${Buffer.from(`meeting-${i}`)
        .toString('base64url')
        .replace(/[^A-Za-z0-9]/g, '')}@thread.v2`,
      messageId: '0',
      tenantId: `72f988bf-86f1-41af-91ab-${hex}`,
      organizerId: `4b5c6d7e-1f2a-4b3c-9d8e-${hex}`,
    };
    const link = teamsMeetingJoinUrl(meeting);
    links.push(
      link,
      `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(link)}&data=05%7C02&reserved=0`,
      `https://visit.teams.microsoft.com/?JoinWebUrl=${encodeURIComponent(link)}`,
      `https://teams.microsoft.com/meet/${String(2345678901234 + i)}?p=Ab12Cd34`,
      `https://teams.micrоsoft.com/l/meetup-join/x/0?context=${i}`,
    );
  }
  return links;
}

/** Links parsed per second over a realistic mix: plain, Safe Links, Bookings, short links and hostile look-alikes. */
export async function benchMeetingLinkParser(): Promise<Measurement[]> {
  const links = sampleLinks();
  let next = 0;
  const { perSecond, operations } = await rate(2, links.length, () =>
    parseTeamsMeetingLink(links[next++ % links.length]),
  );
  // No parser can be faster than reading each link as a URL once, which it must do at least.
  const urlOnly = await rate(2, links.length, () => URL.canParse(links[next++ % links.length] ?? ''));
  return [
    {
      name: 'meeting-link parser',
      value: Math.round(perSecond),
      unit: 'links/s',
      detail: `${operations} parses of a ${links.length}-link mix (plain, Safe Links, Bookings, short, look-alike), one core`,
      reference: { kind: 'floor', value: Math.round(urlOnly.perSecond), label: 'URL.canParse alone over the same mix' },
    },
  ];
}
