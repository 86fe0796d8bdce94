import {
  closeWalkInDesk,
  deskDay,
  endOfDeskDay,
  isDeskStaff,
  needsTodaysMeeting,
  openWalkInDesk,
  withTodaysMeeting,
} from './walk-in-desk';

const organiser = { id: 'ada', name: 'Dr. Ada Visser', email: 'ada@contoso.example' };
const meeting = {
  calendarEventId: 'event-1',
  meeting: { kind: 'meeting-id' as const, meetingId: '2345678901234', passcode: 'Ab12Cd34' },
};
const lateEvening = new Date('2026-12-01T22:30:00.000Z');

describe('a walk-in desk', () => {
  it('opens under a one-line name, and needs a meeting for the day until it has one', () => {
    const opened = openWalkInDesk(
      { id: 'desk', organiser, timeZone: 'Europe/Amsterdam' },
      { name: '  Walk-in clinic ', members: [] },
      lateEvening,
    );
    if (!opened.ok) throw new Error(opened.error.code);
    expect(opened.value).toMatchObject({ name: 'Walk-in clinic', status: 'open' });
    expect(needsTodaysMeeting(opened.value, lateEvening)).toBe(true);
    const ready = withTodaysMeeting(opened.value, meeting, lateEvening);
    expect(ready.meeting?.day).toBe('2026-12-01');
    expect(needsTodaysMeeting(ready, lateEvening)).toBe(false);
  });

  it('counts days in its own zone, so after local midnight it needs a new meeting', () => {
    const desk = openWalkInDesk(
      { id: 'desk', organiser, timeZone: 'Europe/Amsterdam' },
      { name: 'Clinic', members: [] },
      lateEvening,
    );
    if (!desk.ok) throw new Error(desk.error.code);
    const ready = withTodaysMeeting(desk.value, meeting, lateEvening);
    const afterMidnight = new Date('2026-12-01T23:30:00.000Z');
    expect(deskDay(afterMidnight, 'Europe/Amsterdam')).toBe('2026-12-02');
    expect(deskDay(afterMidnight, 'Europe/London')).toBe('2026-12-01');
    expect(needsTodaysMeeting(ready, afterMidnight)).toBe(true);
    expect(needsTodaysMeeting(closeWalkInDesk(ready, afterMidnight), afterMidnight)).toBe(false);
  });

  it('runs its meeting to the end of its local day', () => {
    expect(endOfDeskDay(new Date('2026-12-01T08:30:15.000Z'), 'Europe/Amsterdam').toISOString()).toBe(
      '2026-12-01T23:00:00.000Z',
    );
    expect(endOfDeskDay(new Date('2026-12-01T08:30:15.000Z'), 'America/New_York').toISOString()).toBe(
      '2026-12-02T05:00:00.000Z',
    );
  });

  it('is run by its organiser and the colleagues named, each once and lower case', () => {
    const opened = openWalkInDesk(
      { id: 'desk', organiser, timeZone: 'UTC' },
      {
        name: 'Team desk',
        members: [' Sam.deBoer@contoso.example', 'sam.deboer@contoso.example', 'ADA@contoso.example', ''],
      },
      lateEvening,
    );
    if (!opened.ok) throw new Error(opened.error.code);
    expect(opened.value.members).toEqual(['sam.deboer@contoso.example']);
    const sam = { id: 'sam', name: 'Sam de Boer', email: 'Sam.deBoer@contoso.example' };
    const noor = { id: 'noor', name: 'Noor Bakker', email: 'noor.bakker@contoso.example' };
    expect([
      isDeskStaff(opened.value, organiser),
      isDeskStaff(opened.value, sam),
      isDeskStaff(opened.value, noor),
    ]).toEqual([true, true, false]);
    for (const members of [
      ['not an address'],
      ['a@b.c, d@e.f'],
      Array.from({ length: 21 }, (_, i) => `c${i}@contoso.example`),
    ]) {
      expect(
        openWalkInDesk({ id: 'desk', organiser, timeZone: 'UTC' }, { name: 'Team', members }, lateEvening),
      ).toMatchObject({
        ok: false,
        error: { code: 'walk-in.invalid-members' },
      });
    }
  });

  it('refuses an empty, overlong or hidden-character name', () => {
    for (const name of ['  ', 'x'.repeat(81), 'Clinic\u202e']) {
      expect(
        openWalkInDesk({ id: 'desk', organiser, timeZone: 'UTC' }, { name, members: [] }, lateEvening),
      ).toMatchObject({
        ok: false,
        error: { code: 'walk-in.invalid-name' },
      });
    }
  });
});
