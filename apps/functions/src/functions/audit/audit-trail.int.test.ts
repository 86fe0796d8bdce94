import { randomUUID } from 'node:crypto';
import { InvocationContext, type Timer } from '@azure/functions';
import { auditTrailViewSchema, type StaffAppointmentView } from '@portico/api-contract';
import { composeFunctionsApp, type ComposedFunctionsApp } from '../../composition-root';
import { functionTable } from '../../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../../local-host/local-functions-host';
import { integrationFunctionsEnv } from '../../testing/integration-functions-env';
import { sendGuestNotice } from '../invitations/send-guest-notice';
import { removeExpiredAuditEvents } from './audit-functions';

const functionKey = `test-key-${randomUUID()}`;
// One of the Graph emulator's demo staff, and another.
const ada = { id: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f', name: 'Dr. Ada Visser', email: 'ada.visser@contoso.example' };
const sam = { id: '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f', name: 'Sam de Boer', email: 'sam.deboer@contoso.example' };
const quiet = () => new InvocationContext({ logHandler: () => undefined });

describe('the audit trail, against Azurite and the emulators', () => {
  let app: ComposedFunctionsApp;
  let host: RunningLocalHost;
  const call = (path: string, headers: Record<string, string>, options: { method?: string; body?: unknown } = {}) =>
    fetch(`${host.url}/api/${path}`, {
      method: options.method ?? 'GET',
      headers: { 'x-functions-key': functionKey, 'content-type': 'application/json', ...headers },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  const asStaff = (staff: typeof ada) => ({
    'x-portico-staff-id': staff.id,
    'x-portico-staff-name': encodeURIComponent(staff.name),
    'x-portico-staff-email': staff.email,
  });
  const asGuest = (email: string) => ({ 'x-portico-guest-email': email });
  const trailOf = async (appointmentId: string, staff = ada) => {
    const response = await call(`staff/appointments/${appointmentId}/audit`, asStaff(staff));
    return response.ok ? auditTrailViewSchema.parse(await response.json()).events : response.status;
  };

  beforeAll(async () => {
    app = composeFunctionsApp(integrationFunctionsEnv(functionKey));
    await app.prepareLocalStorage();
    host = await startLocalFunctionsHost(functionTable(app.dependencies), { port: 0, functionKey });
  });
  afterAll(() => host.close());

  it('reads a full flow in order: made, e-mailed, refused, on the way in, in the call, left, cancelled, undone, cancelled', async () => {
    const guestEmail = `jane-${randomUUID()}@example.com`;
    const startsAt = new Date(Date.now() + 60 * 60_000);
    startsAt.setUTCSeconds(0, 0);
    const created = await call('staff/appointments', asStaff(ada), {
      method: 'POST',
      body: {
        guest: { name: 'Jane Doe', email: guestEmail, locale: 'en', timeZone: 'Europe/London' },
        subject: 'Audited intake',
        startsAt: startsAt.toISOString(),
        durationMinutes: 30,
      },
    });
    expect(created.status).toBe(201);
    const appointment = (await created.json()) as StaffAppointmentView;
    const stored = await app.dependencies.appointments.get(appointment.id);
    // The invitations worker, as the queue trigger would run it for this appointment.
    await sendGuestNotice(app.dependencies)(
      {
        type: 'appointment',
        appointmentId: appointment.id,
        kind: 'invitation',
        change: stored?.appointment.updatedAt ?? '',
      },
      quiet(),
    );
    // An hour early, the join is refused; the guest still checks devices and waits.
    expect(
      (await call(`appointments/${appointment.id}/join-ticket`, asGuest(guestEmail), { method: 'POST', body: {} }))
        .status,
    ).toBe(403);
    for (const phase of ['device-check', 'device-check', 'lobby', 'in-call', 'in-call', 'left']) {
      await call(`appointments/${appointment.id}/presence`, asGuest(guestEmail), { method: 'POST', body: { phase } });
    }
    const cancelled = await call(
      `staff/appointments/${appointment.id}/cancel`,
      { ...asStaff(ada), 'if-match': appointment.etag },
      { method: 'POST' },
    );
    expect(cancelled.status).toBe(200);
    // Staff undo the cancellation, then cancel after all; each step has its own line (and instant).
    await new Promise((resolve) => setTimeout(resolve, 5));
    const undone = await call(
      `staff/appointments/${appointment.id}/undo-cancel`,
      { ...asStaff(ada), 'if-match': cancelled.headers.get('etag') ?? '' },
      { method: 'POST' },
    );
    expect(undone.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const again = await call(
      `staff/appointments/${appointment.id}/cancel`,
      { ...asStaff(ada), 'if-match': undone.headers.get('etag') ?? '' },
      { method: 'POST' },
    );
    expect(again.status).toBe(200);

    const trail = await trailOf(appointment.id);
    if (typeof trail === 'number') throw new Error(`audit answered ${trail}`);
    expect(trail.map(({ kind, actor, name, detail }) => [kind, actor, name, detail])).toEqual([
      ['created', 'staff', 'Dr. Ada Visser', undefined],
      ['email-sent', 'portal', 'Jane Doe', 'invitation'],
      ['join-refused', 'guest', 'Jane Doe', 'join.not-yet-open'],
      ['join-page-opened', 'guest', 'Jane Doe', undefined],
      ['lobby-entered', 'guest', 'Jane Doe', undefined],
      ['admitted', 'guest', 'Jane Doe', undefined],
      ['left', 'guest', 'Jane Doe', undefined],
      ['cancelled', 'staff', 'Dr. Ada Visser', undefined],
      ['cancel-undone', 'staff', 'Dr. Ada Visser', undefined],
      ['cancelled', 'staff', 'Dr. Ada Visser', undefined],
    ]);
    // Personal data is kept to names: no address, no link, anywhere in the trail.
    expect(JSON.stringify(trail)).not.toContain(guestEmail);
    expect(JSON.stringify(trail)).not.toContain('/a/');
    expect(await trailOf(appointment.id, sam)).toBe(404);
    expect((await call(`staff/appointments/${appointment.id}/audit`, {})).status).toBe(401);
  });

  it('loses its events once they are older than the retention setting, and keeps newer ones', async () => {
    const { auditTrail } = app.dependencies;
    const appointmentId = `retention-${randomUUID()}`;
    const now = new Date('2030-06-01T00:00:00.000Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    await auditTrail.record({
      appointmentId,
      kind: 'created',
      at: daysAgo(400),
      actor: 'staff',
      name: 'Dr. Ada Visser',
    });
    await auditTrail.record({ appointmentId, kind: 'left', at: daysAgo(366), actor: 'guest', name: 'Jane Doe' });
    await auditTrail.record({
      appointmentId,
      kind: 'cancelled',
      at: daysAgo(364),
      actor: 'staff',
      name: 'Dr. Ada Visser',
    });
    await removeExpiredAuditEvents({ ...app.dependencies, clock: () => now, auditRetentionDays: 365 })(
      {} as Timer,
      quiet(),
    );
    expect((await auditTrail.eventsOf(appointmentId)).map((event) => event.kind)).toEqual(['cancelled']);
  });
});
