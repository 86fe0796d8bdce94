import { InvocationContext, type Timer } from '@azure/functions';
import { ok, openWalkInDesk, withTodaysMeeting, type WalkInDesk } from '@portico/domain';
import type { CreateMeetingRequest, StoredWalkInDesk } from '@portico/server-adapters';
import type { FunctionDependencies } from '../../function-dependencies';
import { renewWalkInMeetings } from './walk-in-functions';

const now = new Date('2026-12-02T06:00:00.000Z');
const yesterday = new Date('2026-12-01T09:00:00.000Z');
const ada = { id: 'ada', name: 'Dr. Ada Visser', email: 'ada@contoso.example' };
const meeting = {
  calendarEventId: 'event-yesterday',
  meeting: { kind: 'meeting-id' as const, meetingId: '2345678901234', passcode: 'Ab12Cd34' },
};

function desk(id: string, members: string[], meetingDay: Date): WalkInDesk {
  const opened = openWalkInDesk(
    { id, organiser: ada, timeZone: 'Europe/Amsterdam' },
    { name: 'Walk-ins', members },
    meetingDay,
  );
  if (!opened.ok) throw new Error(opened.error.code);
  return withTodaysMeeting(opened.value, meeting, meetingDay);
}

describe('renewWalkInMeetings', () => {
  it('makes today’s meeting, with the team invited, for each open desk still on yesterday’s, and no other', async () => {
    const stale = desk('stale', ['sam@contoso.example'], yesterday);
    const current = desk('current', [], now);
    const created: CreateMeetingRequest[] = [];
    const saved: WalkInDesk[] = [];
    const deps = {
      clock: () => now,
      walkInDesks: {
        listOpen: async (): Promise<StoredWalkInDesk[]> => [
          { desk: stale, etag: 'e1' },
          { desk: current, etag: 'e2' },
        ],
        save: async (changed: WalkInDesk) => {
          saved.push(changed);
          return true;
        },
      },
      meetings: {
        createMeeting: async (request: CreateMeetingRequest) => {
          created.push(request);
          return ok({ calendarEventId: 'event-today', joinUrl: 'https://teams.example/x', meeting: meeting.meeting });
        },
      },
    } as unknown as FunctionDependencies;
    await renewWalkInMeetings(deps)({} as Timer, new InvocationContext({ logHandler: () => undefined }));
    expect(created).toEqual([
      {
        organiserId: 'ada',
        appointmentId: 'walk-in-stale-2026-12-02',
        subject: 'Walk-ins',
        startsAt: now.toISOString(),
        // The end of the desk's day in Amsterdam.
        endsAt: '2026-12-02T23:00:00.000Z',
        colleagues: ['sam@contoso.example'],
      },
    ]);
    expect(saved.map((d) => [d.id, d.meeting?.day, d.meeting?.calendarEventId])).toEqual([
      ['stale', '2026-12-02', 'event-today'],
    ]);
  });
});
