import { cancelAppointment, type Appointment } from '../appointment/appointment';
import { personalLinkGeneration } from '../appointment/personal-link-generation';
import type { CalendarEvent } from './calendar-event';
import type { CalendarSyncRules } from './calendar-sync-rules';
import {
  resendWindowMs,
  syncCalendarEvent,
  syncedInvitationChange,
  type CalendarSyncDecision,
} from './sync-calendar-event';

const tenantId = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
const joinUrl = (n: number) =>
  `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(`19:meeting_NTg0NmQ3NzUtYzQ5Ni00ZDI5LTk5ODAtYWJmNWVlYTk3NGF${n}@thread.v2`)}/0?context=${encodeURIComponent(JSON.stringify({ Tid: tenantId, Oid: '4b5c6d7e-1f2a-4b3c-9d8e-7f6a5b4c3d2e' }))}`;
const organiser = { id: 'organiser-oid', name: 'Dr. Ada Visser', email: 'ada.visser@contoso.example' };
const rules: CalendarSyncRules = {
  organisationDomains: ['contoso-health.example'],
  guestLocale: 'nl',
  guestTimeZone: 'Europe/Amsterdam',
  meetingLinks: {},
};
const now = new Date('2026-12-01T08:00:00.000Z');
const later = new Date('2026-12-01T08:05:00.000Z');

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: 'AAMk-event',
    version: { changeKey: 'ck-1', lastModifiedAt: '2026-12-01T07:00:00.000Z' },
    subject: 'Intake',
    startsAt: '2026-12-02T09:00:00.000Z',
    endsAt: '2026-12-02T09:30:00.000Z',
    isCancelled: false,
    isOrganiser: true,
    teamsJoinUrl: joinUrl(1),
    attendees: [
      { name: 'Jane Doe', email: 'Jane@Example.com', isResource: false },
      { name: 'Colleague', email: 'bob@contoso.example', isResource: false },
      { name: 'Nurse', email: 'nurse@contoso-health.example', isResource: false },
      { name: 'Room 1', email: 'room1@rooms.example', isResource: true },
    ],
    categories: [],
    series: { role: 'single' },
    ...overrides,
  };
}

const version = (n: number) => ({ changeKey: `ck-${n}`, lastModifiedAt: `2026-12-01T07:0${n}:00.000Z` });

function sync(current: Appointment | undefined, state: CalendarEvent | 'gone', at = now, syncRules = rules) {
  return syncCalendarEvent({
    current,
    state: state === 'gone' ? { kind: 'gone', eventId: 'AAMk-event' } : { kind: 'present', event: state },
    appointmentId: 'cal-1',
    organiser,
    rules: syncRules,
    now: at,
  });
}

function written(decision: CalendarSyncDecision) {
  if (decision.kind !== 'write') throw new Error(`expected a write, got ${decision.reason}`);
  return decision;
}

describe('syncCalendarEvent', () => {
  it('makes an appointment of an outside attendee’s Teams meeting and invites them', () => {
    const decision = written(sync(undefined, event()));
    expect(decision.isNew).toBe(true);
    expect(decision.notices).toEqual([{ kind: 'invitation', change: syncedInvitationChange }]);
    expect(decision.appointment).toMatchObject({
      id: 'cal-1',
      origin: 'calendar',
      organiser,
      subject: 'Intake',
      startsAt: '2026-12-02T09:00:00.000Z',
      calendarEventId: 'AAMk-event',
      calendarVersion: { changeKey: 'ck-1', lastModifiedAt: '2026-12-01T07:00:00.000Z' },
      status: 'scheduled',
      meeting: { kind: 'thread', tenantId },
      guests: [{ name: 'Jane Doe', email: 'jane@example.com', locale: 'nl', timeZone: 'Europe/Amsterdam' }],
    });
  });

  it.each([
    ['made by Portico', { porticoAppointmentId: 'appt-1' }, 'made-by-portico'],
    ['where the staff member is only invited', { isOrganiser: false }, 'not-organiser'],
    ['not online', { teamsJoinUrl: undefined }, 'not-a-teams-meeting'],
    ['a personal Teams link', { teamsJoinUrl: 'https://teams.live.com/meet/9391234567890' }, 'unsupported-meeting'],
    ['cancelled', { isCancelled: true }, 'cancelled'],
    [
      'all inside the organisation',
      { attendees: [{ name: 'B', email: 'b@contoso.example', isResource: false }] },
      'no-outside-attendee',
    ],
    ['over', { startsAt: '2026-11-30T09:00:00.000Z', endsAt: '2026-11-30T09:30:00.000Z' }, 'over'],
    ['longer than allowed', { endsAt: '2026-12-02T18:00:00.000Z' }, 'too-long'],
    [
      'with too many guests',
      {
        attendees: Array.from({ length: 21 }, (_, i) => ({
          name: `G${i}`,
          email: `g${i}@x.example`,
          isResource: false,
        })),
      },
      'too-many-guests',
    ],
  ])('does not import an event %s', (_, overrides, reason) => {
    expect(sync(undefined, event(overrides as Partial<CalendarEvent>))).toEqual({ kind: 'nothing', reason });
  });

  it('makes no appointment of a series master, and one per occurrence, each knowing its series', () => {
    const master = syncCalendarEvent({
      current: undefined,
      state: { kind: 'present', event: event({ id: 'AAMk-master', series: { role: 'master' } }) },
      appointmentId: 'appt-master',
      organiser,
      rules,
      now,
    });
    expect(master).toEqual({ kind: 'nothing', reason: 'series-master' });
    const occurrence = syncCalendarEvent({
      current: undefined,
      state: {
        kind: 'present',
        event: event({ id: 'AAMk-occurrence-1', series: { role: 'occurrence', masterId: 'AAMk-master' } }),
      },
      appointmentId: 'appt-occurrence-1',
      organiser,
      rules,
      now,
    });
    expect(occurrence).toMatchObject({
      kind: 'write',
      isNew: true,
      appointment: { calendarEventId: 'AAMk-occurrence-1', calendarSeriesId: 'AAMk-master' },
      notices: [{ kind: 'invitation' }],
    });
  });

  it('imports only events in the configured category, matching it without regard to case', () => {
    const portico = { ...rules, category: 'Portico' };
    expect(sync(undefined, event(), now, portico)).toEqual({ kind: 'nothing', reason: 'not-in-category' });
    expect(written(sync(undefined, event({ categories: ['portico'] }), now, portico)).isNew).toBe(true);
  });

  it('changes nothing for a duplicate (queuing its notices again) or an older version', () => {
    const current = written(sync(undefined, event({ version: version(5) }))).appointment;
    expect(sync(current, event({ version: version(5) }))).toEqual({
      kind: 'nothing',
      reason: 'duplicate',
      resend: [{ kind: 'invitation', change: syncedInvitationChange }],
    });
    // An hour on, a full catch-up re-reading the same version queues nothing again.
    const anHourOn = new Date(now.getTime() + resendWindowMs);
    expect(sync(current, event({ version: version(5) }), anHourOn)).toEqual({
      kind: 'nothing',
      reason: 'duplicate',
      resend: [],
    });
    expect(sync(current, event({ version: version(3), startsAt: '2026-12-02T10:00:00.000Z' }))).toEqual({
      kind: 'nothing',
      reason: 'older',
    });
  });

  it('moves a moved event and tells the guests once, under the change time', () => {
    const current = written(sync(undefined, event())).appointment;
    const moved = written(
      sync(
        current,
        event({ version: version(2), startsAt: '2026-12-03T09:00:00.000Z', endsAt: '2026-12-03T10:00:00.000Z' }),
        later,
      ),
    );
    expect(moved.appointment).toMatchObject({
      status: 'rescheduled',
      startsAt: '2026-12-03T09:00:00.000Z',
      endsAt: '2026-12-03T10:00:00.000Z',
      updatedAt: later.toISOString(),
      createdAt: now.toISOString(),
      calendarVersion: version(2),
    });
    expect(moved.notices).toEqual([{ kind: 'rescheduled', change: later.toISOString() }]);
    expect(personalLinkGeneration(moved.appointment)).toBe(personalLinkGeneration(current) + 1);
  });

  it('invites a newly added outside attendee and keeps the existing guest as they were', () => {
    const first = written(sync(undefined, event())).appointment;
    const current = {
      ...first,
      guests: first.guests.map((g) => ({ ...g, locale: 'en' as const, timeZone: 'Europe/London' })),
    };
    const attendees = [...event().attendees, { name: 'Piet', email: 'piet@example.org', isResource: false }];
    const decision = written(sync(current, event({ version: version(2), attendees }), later));
    expect(decision.appointment.guests).toEqual([
      { name: 'Jane Doe', email: 'jane@example.com', locale: 'en', timeZone: 'Europe/London' },
      { name: 'Piet', email: 'piet@example.org', locale: 'nl', timeZone: 'Europe/Amsterdam' },
    ]);
    expect(decision.appointment.status).toBe('scheduled');
    expect(decision.notices).toEqual([{ kind: 'invitation', change: syncedInvitationChange }]);
  });

  it('takes in a changed subject without writing to the guests', () => {
    const current = written(sync(undefined, event())).appointment;
    const decision = written(sync(current, event({ version: version(2), subject: '  Follow-up  ' }), later));
    expect(decision.appointment).toMatchObject({
      subject: 'Follow-up',
      status: 'scheduled',
      updatedAt: later.toISOString(),
    });
    expect(decision.notices).toEqual([]);
    expect(personalLinkGeneration(decision.appointment)).toBe(personalLinkGeneration(current));
  });

  it("takes in the meeting's phone dial-in, and drops it when the organiser's meeting no longer has one", () => {
    const dialIn = { tollNumber: '+31 20 794 6000', conferenceId: '123456789' };
    const current = written(sync(undefined, event({ dialIn }))).appointment;
    expect(current.dialIn).toEqual(dialIn);
    const without = written(sync(current, event({ version: version(2) }), later)).appointment;
    expect(without.dialIn).toBeUndefined();
  });

  it('records a newer version with no visible change, without touching the update time', () => {
    const current = written(sync(undefined, event())).appointment;
    const decision = written(sync(current, event({ version: version(2) }), later));
    expect(decision.appointment).toEqual({ ...current, calendarVersion: version(2), calendarNotices: [] });
    expect(decision.notices).toEqual([]);
  });

  it('cancels the appointment when the event is deleted and tells the guests; a second delete changes nothing', () => {
    const current = written(sync(undefined, event())).appointment;
    const cancelled = written(sync(current, 'gone', later));
    expect(cancelled.appointment.status).toBe('cancelled');
    expect(cancelled.notices).toEqual([{ kind: 'cancelled', change: later.toISOString() }]);
    expect(sync(cancelled.appointment, 'gone')).toEqual({ kind: 'nothing', reason: 'already-closed' });
    expect(sync(undefined, 'gone')).toEqual({ kind: 'nothing', reason: 'event-unknown' });
  });

  it('cancels when the event stops qualifying, and reinstates it with a fresh invitation when it qualifies again', () => {
    const current = written(sync(undefined, event())).appointment;
    const inside = [{ name: 'B', email: 'b@contoso.example', isResource: false }];
    const cancelled = written(sync(current, event({ version: version(2), attendees: inside }), later));
    expect(cancelled.appointment).toMatchObject({ status: 'cancelled', calendarVersion: version(2) });
    expect(cancelled.notices.map((n) => n.kind)).toEqual(['cancelled']);
    const back = written(sync(cancelled.appointment, event({ version: version(3) }), later));
    expect(back.appointment.status).toBe('scheduled');
    // Back at the very time and status it had, yet every link from before the cancel stays replaced.
    expect(personalLinkGeneration(back.appointment)).toBe(personalLinkGeneration(current) + 2);
    expect(back.notices).toEqual([{ kind: 'invitation', change: 'reinstated:ck-3' }]);
  });

  it('leaves an appointment staff cancelled in the portal: no update reinstates it, and its deletion sends nothing', () => {
    const current = written(sync(undefined, event())).appointment;
    const cancelled = cancelAppointment(current, later, { seconds: 30 });
    if (!cancelled.ok) throw new Error(cancelled.error.code);
    // A guest's Outlook reply changes the event's version while the cancellation may still be undone.
    expect(sync(cancelled.value, event({ version: version(2) }), later)).toEqual({
      kind: 'nothing',
      reason: 'cancelled-by-staff',
    });
    // The worker cancels the event once the cancellation is final; the guests have had their e-mail.
    expect(sync(cancelled.value, 'gone', later)).toEqual({ kind: 'nothing', reason: 'already-closed' });
  });

  it('leaves an appointment whose event has ended, and one that has been marked ended', () => {
    const current = written(sync(undefined, event())).appointment;
    const after = new Date('2026-12-02T10:00:00.000Z');
    expect(sync(current, event({ version: version(2) }), after)).toEqual({ kind: 'nothing', reason: 'over' });
    expect(sync({ ...current, status: 'ended' }, event({ version: version(2) }))).toEqual({
      kind: 'nothing',
      reason: 'already-ended',
    });
  });

  it('settles versions with the same modification time by change key, the same way every time', () => {
    const at = '2026-12-01T07:30:00.000Z';
    const current = written(sync(undefined, event({ version: { changeKey: 'b', lastModifiedAt: at } }))).appointment;
    expect(sync(current, event({ version: { changeKey: 'a', lastModifiedAt: at } })).kind).toBe('nothing');
    expect(sync(current, event({ version: { changeKey: 'c', lastModifiedAt: at } })).kind).toBe('write');
  });
});
