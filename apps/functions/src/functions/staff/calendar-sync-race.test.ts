import { HttpRequest, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { err, ok, porticoError, type Appointment } from '@portico/domain';
import type {
  AppointmentStore,
  AuditTrail,
  GuestNotice,
  MeetingDirectory,
  StoredAppointment,
} from '@portico/server-adapters';
import { buildAppointment } from '@portico/domain/testing';
import { cancelAppointment } from './cancel-appointment';
import { rescheduleAppointment } from './reschedule-appointment';

const now = new Date('2026-12-01T08:00:00.000Z');
const staff = { id: 'organiser-1', name: 'Dr. Ada Visser', email: 'ada.visser@contoso.example' };
const synced = buildAppointment(
  {
    origin: 'calendar',
    organiser: staff,
    calendarEventId: 'AAMk-1',
    startsAt: '2026-12-03T09:00:00.000Z',
    endsAt: '2026-12-03T09:30:00.000Z',
  },
  now,
);

/**
 * A store in which calendar sync gets there first: the first conditional update finds that sync has
 * already stored `syncedVersion` under a new ETag, and conflicts.
 */
function racingStore(syncedVersion: (appointment: Appointment) => Appointment): AppointmentStore & {
  readonly current: () => StoredAppointment;
} {
  let stored: StoredAppointment = { appointment: synced, etag: 'v1' };
  return {
    current: () => stored,
    create: async () => err(porticoError('appointment.already-exists')),
    get: async (id) => (id === stored.appointment.id ? stored : undefined),
    update: async (appointment, etag) => {
      if (stored.etag === 'v1') stored = { appointment: syncedVersion(stored.appointment), etag: 'v2-by-sync' };
      if (etag !== stored.etag) return err(porticoError('appointment.conflict'));
      stored = { appointment, etag: `${etag}+` };
      return ok(stored);
    },
    listByOrganiser: async () => [],
    listByGuest: async () => [],
    listStartingIn: async () => [],
  };
}

const meetings: MeetingDirectory = {
  createMeeting: async () => err(porticoError('dependency.unavailable')),
  rescheduleMeeting: async () => ok(undefined),
  inviteColleagues: async () => ok(undefined),
  cancelMeeting: async () => ok(undefined),
};

function staffRequest(path: string, body?: unknown): HttpRequest {
  return new HttpRequest({
    method: 'POST',
    url: `http://127.0.0.1/api/staff/appointments/${synced.id}/${path}`,
    headers: {
      'if-match': 'v1',
      'x-portico-staff-id': staff.id,
      'x-portico-staff-name': encodeURIComponent(staff.name),
      'x-portico-staff-email': staff.email,
      'content-type': 'application/json',
    },
    params: { id: synced.id },
    ...(body === undefined ? {} : { body: { string: JSON.stringify(body) } }),
  });
}

async function run(handler: ReturnType<typeof cancelAppointment>, request: HttpRequest): Promise<HttpResponseInit> {
  return (await handler(request, new InvocationContext())) as HttpResponseInit;
}

/** These tests are about the race, not the trail: a trail that keeps nothing. */
const noAuditTrail: AuditTrail = {
  record: async () => undefined,
  eventsOf: async () => [],
  removeBefore: async () => 0,
};

describe('a staff change that calendar sync stored first', () => {
  it('reschedules: the move sync already stored is the answer, and the portal queues no second e-mail', async () => {
    const queued: GuestNotice[] = [];
    const store = racingStore((a) => ({
      ...a,
      startsAt: '2026-12-04T14:00:00.000Z',
      endsAt: '2026-12-04T14:45:00.000Z',
      status: 'rescheduled',
    }));
    const response = await run(
      rescheduleAppointment({
        appointments: store,
        meetings,
        notices: { enqueue: async (n) => void queued.push(n) },
        clock: () => now,
        auditTrail: noAuditTrail,
      }),
      staffRequest('reschedule', { startsAt: '2026-12-04T14:00:00.000Z', durationMinutes: 45 }),
    );
    expect(response.status).toBe(200);
    expect(JSON.parse(String(response.body))).toMatchObject({
      startsAt: '2026-12-04T14:00:00.000Z',
      etag: 'v2-by-sync',
    });
    expect(queued).toEqual([]);
  });

  it('still reports a conflict when what was stored is not the change asked for', async () => {
    const store = racingStore((a) => ({ ...a, subject: 'Renamed in Outlook' }));
    const response = await run(
      rescheduleAppointment({
        appointments: store,
        meetings,
        notices: { enqueue: async () => undefined },
        clock: () => now,
        auditTrail: noAuditTrail,
      }),
      staffRequest('reschedule', { startsAt: '2026-12-04T14:00:00.000Z', durationMinutes: 45 }),
    );
    expect(response.status).toBe(412);
  });

  it('cancels: the cancellation sync already stored is the answer', async () => {
    const store = racingStore((a) => ({ ...a, status: 'cancelled' }));
    const response = await run(
      cancelAppointment({
        appointments: store,
        notices: { enqueue: async () => undefined },
        clock: () => now,
        auditTrail: noAuditTrail,
        cancellationUndoSeconds: 30,
      }),
      staffRequest('cancel'),
    );
    expect(response.status).toBe(200);
    expect(JSON.parse(String(response.body))).toMatchObject({ status: 'cancelled', etag: 'v2-by-sync' });
  });
});
