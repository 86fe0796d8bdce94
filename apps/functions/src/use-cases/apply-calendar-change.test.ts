import { err, ok, porticoError, type CalendarEvent, type CalendarEventState, type Result } from '@portico/domain';
import type { CalendarSource } from '@portico/server-adapters';
import { memoryAppointmentStore } from '../testing/memory-appointment-store';
import { applyCalendarChanges, type CalendarChangeDeps } from './apply-calendar-change';
import { syncedAppointmentId } from './synced-appointment-id';

const organiser = { id: 'organiser-oid', name: 'Dr. Ada Visser', email: 'ada.visser@contoso.example' };
const tenantId = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
const joinUrl = (n: number) =>
  `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(`19:meeting_NTg0NmQ3NzUtYzQ5Ni00ZDI5LTk5ODAtYWJmNWVlYTk3NGF${n}@thread.v2`)}/0?context=${encodeURIComponent(JSON.stringify({ Tid: tenantId, Oid: '4b5c6d7e-1f2a-4b3c-9d8e-7f6a5b4c3d2e' }))}`;

function event(n: number): CalendarEvent {
  return {
    id: `event-${n}`,
    version: { changeKey: 'ck-1', lastModifiedAt: '2026-12-01T07:00:00.000Z' },
    subject: `Intake ${n}`,
    startsAt: '2026-12-02T09:00:00.000Z',
    endsAt: '2026-12-02T09:30:00.000Z',
    isCancelled: false,
    isOrganiser: true,
    teamsJoinUrl: joinUrl(n),
    attendees: [{ name: `Guest ${n}`, email: `guest-${n}@example.com`, isResource: false }],
    categories: [],
    series: { role: 'single' },
  };
}

function deps(calendars: Pick<CalendarSource, 'readEvent' | 'readEvents'>) {
  const appointments = memoryAppointmentStore();
  const queued: unknown[] = [];
  const value: CalendarChangeDeps = {
    appointments,
    calendars: {
      ...calendars,
      readOccurrences: async () => ok([]),
      readChanges: async () => err(porticoError('dependency.unavailable')),
    },
    notices: { enqueue: async (notice) => void queued.push(notice) },
    clock: () => new Date('2026-12-01T08:00:00.000Z'),
    calendarSync: {
      notificationUrl: 'https://portico.example/api/calendar-sync/notifications',
      lifecycleNotificationUrl: 'https://portico.example/api/calendar-sync/lifecycle',
      windowDays: 60,
      rules: { organisationDomains: [], guestLocale: 'nl', guestTimeZone: 'Europe/Amsterdam', meetingLinks: {} },
    },
    auditTrail: { record: async () => undefined, eventsOf: async () => [], removeBefore: async () => 0 },
  };
  return { value, appointments, queued };
}

const present = (n: number): Result<CalendarEventState, never> => ok({ kind: 'present', event: event(n) });

describe('applyCalendarChanges', () => {
  it('reads the events together once and applies each, an event named twice once', async () => {
    const reads: string[][] = [];
    const { value, appointments } = deps({
      readEvents: async (_, ids) => {
        reads.push([...ids]);
        return new Map(ids.map((id) => [id, present(Number(id.slice(6)))]));
      },
      readEvent: async () => {
        throw new Error('Every event was in the batch; none is read alone');
      },
    });
    await applyCalendarChanges(value, organiser, ['event-1', 'event-2', 'event-1'], { log: () => undefined });
    expect(reads).toEqual([['event-1', 'event-2']]);
    for (const n of [1, 2]) {
      expect((await appointments.get(syncedAppointmentId(organiser.id, `event-${n}`)))?.appointment.subject).toBe(
        `Intake ${n}`,
      );
    }
  });

  it('still applies the others when one cannot be read, then fails so the queue retries them all', async () => {
    const { value, appointments } = deps({
      readEvents: async (_, ids) =>
        new Map(
          ids.map((id) => [
            id,
            id === 'event-2' ? err(porticoError('dependency.unavailable')) : present(Number(id.slice(6))),
          ]),
        ),
      readEvent: async () => err(porticoError('dependency.unavailable')),
    });
    await expect(
      applyCalendarChanges(value, organiser, ['event-1', 'event-2', 'event-3'], { log: () => undefined }),
    ).rejects.toThrow('1 of 3 calendar changes failed');
    expect(await appointments.get(syncedAppointmentId(organiser.id, 'event-1'))).toBeDefined();
    expect(await appointments.get(syncedAppointmentId(organiser.id, 'event-2'))).toBeUndefined();
    expect(await appointments.get(syncedAppointmentId(organiser.id, 'event-3'))).toBeDefined();
  });
});
