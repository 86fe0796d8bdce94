import { cancelAppointment, rescheduleAppointment } from '../appointment/appointment';
import { checkInAtDesk, queuePosition, takeWalkIn, walkInQueue } from './walk-in-queue';
import { openWalkInDesk, withTodaysMeeting, closeWalkInDesk, type WalkInDesk } from './walk-in-desk';

const organiser = { id: 'ada', name: 'Dr. Ada Visser', email: 'ada@contoso.example' };
const now = new Date('2026-12-01T09:00:00.000Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const guest = (name: string) => ({
  name,
  email: `${name.toLowerCase()}@example.com`,
  locale: 'en' as const,
  timeZone: 'Europe/Amsterdam',
});

function openDesk(): WalkInDesk {
  const opened = openWalkInDesk(
    { id: 'desk-1', organiser, timeZone: 'Europe/Amsterdam' },
    { name: 'Walk-in clinic', members: [] },
    now,
  );
  if (!opened.ok) throw new Error(opened.error.code);
  return withTodaysMeeting(
    opened.value,
    { calendarEventId: 'event-1', meeting: { kind: 'meeting-id', meetingId: '2345678901234', passcode: 'Ab12Cd34' } },
    now,
  );
}

function checkIn(desk: WalkInDesk, name: string, at: Date) {
  const checked = checkInAtDesk(desk, { id: `walk-in-${name}`, guest: guest(name) }, at);
  if (!checked.ok) throw new Error(checked.error.code);
  return checked.value;
}

describe('the walk-in queue', () => {
  it('makes an on-demand appointment in the desk’s meeting, starting now, at the back of the queue', () => {
    const desk = openDesk();
    const anna = checkIn(desk, 'Anna', later(1));
    expect(anna).toMatchObject({
      origin: 'walk-in',
      subject: 'Walk-in clinic',
      organiser,
      startsAt: later(1).toISOString(),
      meeting: desk.meeting?.meeting,
      walkIn: { deskId: 'desk-1', checkedInAt: later(1).toISOString() },
    });
    const bram = checkIn(desk, 'Bram', later(2));
    const queue = [bram, anna];
    expect(walkInQueue(queue, desk).map((a) => a.guests[0]?.name)).toEqual(['Anna', 'Bram']);
    expect(queuePosition(queue, bram, desk)).toBe(2);
  });

  it('moves everyone up when staff take the first, and drops cancelled visits', () => {
    const desk = openDesk();
    const anna = checkIn(desk, 'Anna', later(1));
    const bram = checkIn(desk, 'Bram', later(2));
    const cees = checkIn(desk, 'Cees', later(3));
    const taken = takeWalkIn(anna, 'Dr. Ada Visser', later(5));
    if (!taken.ok) throw new Error(taken.error.code);
    expect(taken.value.walkIn).toMatchObject({ takenAt: later(5).toISOString(), takenBy: 'Dr. Ada Visser' });
    expect(takeWalkIn(taken.value, 'Someone else', later(6))).toEqual({ ok: true, value: taken.value });
    const gone = cancelAppointment(bram, later(6));
    if (!gone.ok) throw new Error(gone.error.code);
    const queue = [taken.value, gone.value, cees];
    expect(walkInQueue(queue, desk).map((a) => a.guests[0]?.name)).toEqual(['Cees']);
    expect(queuePosition(queue, cees, desk)).toBe(1);
    expect(queuePosition(queue, taken.value, desk)).toBeUndefined();
  });

  it('leaves out a guest who checked in on an earlier day and was never taken', () => {
    const desk = openDesk();
    const yesterday = checkIn(desk, 'Anna', later(1));
    const today = withTodaysMeeting(
      desk,
      { calendarEventId: 'event-2', meeting: { kind: 'meeting-id', meetingId: '2345678901235', passcode: 'Ab12Cd35' } },
      new Date('2026-12-02T08:00:00.000Z'),
    );
    const bram = checkIn(today, 'Bram', new Date('2026-12-02T08:05:00.000Z'));
    expect(walkInQueue([yesterday, bram], today).map((a) => a.guests[0]?.name)).toEqual(['Bram']);
  });

  it('keeps the desk’s calendar event off each visit, so cancelling one leaves the meeting for the rest', () => {
    const anna = checkIn(openDesk(), 'Anna', later(1));
    expect(anna.calendarEventId).toBeUndefined();
    expect(
      rescheduleAppointment(anna, { startsAt: later(60).toISOString(), endsAt: later(90).toISOString() }, now),
    ).toMatchObject({
      ok: false,
      error: { code: 'walk-in.cannot-reschedule' },
    });
  });

  it('refuses a check-in at a closed desk, or one without today’s meeting', () => {
    const desk = openDesk();
    const input = { id: 'x', guest: guest('Anna') };
    expect(checkInAtDesk(closeWalkInDesk(desk, now), input, now)).toMatchObject({
      ok: false,
      error: { code: 'walk-in.desk-closed' },
    });
    expect(checkInAtDesk(desk, input, new Date('2026-12-02T09:00:00.000Z'))).toMatchObject({
      ok: false,
      error: { code: 'walk-in.desk-closed' },
    });
  });
});
