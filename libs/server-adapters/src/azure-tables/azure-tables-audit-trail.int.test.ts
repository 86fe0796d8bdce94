import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import type { AuditEvent } from '@portico/domain';
import { AzureTablesAuditTrail } from './azure-tables-audit-trail';

const at = (day: number, minute = 0) =>
  `2026-12-${String(day).padStart(2, '0')}T09:${String(minute).padStart(2, '0')}:00.000Z`;

describe('the audit trail on Azure Tables (Azurite)', () => {
  const table = TableClient.fromConnectionString(
    process.env['PORTICO_TEST_STORAGE_CONNECTION_STRING'] ?? '',
    `audit${randomUUID().replace(/-/g, '').slice(0, 12)}`,
    { allowInsecureConnection: true },
  );
  const trail = new AzureTablesAuditTrail(table);
  beforeAll(() => table.createTable());
  afterAll(() => table.deleteTable());

  it('reads one appointment’s events in order, whatever order they were written in', async () => {
    const appointmentId = `cal-AAMk/${randomUUID()}#x`;
    const events: AuditEvent[] = [
      { appointmentId, kind: 'lobby-entered', at: at(1, 5), actor: 'guest', name: 'Jane Doe' },
      { appointmentId, kind: 'created', at: at(1, 0), actor: 'staff', name: 'Dr. Ada Visser' },
      { appointmentId, kind: 'email-sent', at: at(1, 1), actor: 'portal', detail: 'invitation' },
      {
        appointmentId,
        kind: 'join-refused',
        at: at(1, 2),
        actor: 'guest',
        name: 'Jane Doe',
        detail: 'join.not-yet-open',
      },
    ];
    for (const event of events) await trail.record(event);
    await trail.record({ appointmentId: `${appointmentId}-other`, kind: 'created', at: at(1), actor: 'staff' });
    expect((await trail.eventsOf(appointmentId)).map((event) => event.kind)).toEqual([
      'created',
      'email-sent',
      'join-refused',
      'lobby-entered',
    ]);
    expect((await trail.eventsOf(appointmentId))[0]).toEqual(events[1]);
  });

  it('removes every event before the cutoff, across appointments, and keeps the rest', async () => {
    const a = `a-${randomUUID()}`;
    const b = `b-${randomUUID()}`;
    for (let minute = 0; minute < 130; minute++) {
      await trail.record({ appointmentId: a, kind: 'left', at: at(2, minute % 60), actor: 'guest' });
    }
    await trail.record({ appointmentId: b, kind: 'created', at: at(2), actor: 'staff' });
    await trail.record({ appointmentId: b, kind: 'cancelled', at: at(20), actor: 'staff' });
    const removed = await trail.removeBefore(new Date(at(10)));
    expect(removed).toBeGreaterThanOrEqual(131);
    expect(await trail.eventsOf(a)).toEqual([]);
    expect((await trail.eventsOf(b)).map((event) => event.kind)).toEqual(['cancelled']);
  });
});
