import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { cancelAppointment, type Appointment, type AppointmentGuest } from '@portico/domain';
import { buildAppointment } from '@portico/domain/testing';
import { AzureTablesAppointmentStore } from './azure-tables-appointment-store';
import { appointmentKeys } from './appointment-keys';

const now = new Date('2026-11-30T08:00:00.000Z');
const day = { from: '2026-12-01T00:00:00.000Z', to: '2026-12-02T00:00:00.000Z' };
const jane: AppointmentGuest = {
  name: 'Jane Doe',
  email: 'jane@example.com',
  locale: 'en',
  timeZone: 'Europe/Amsterdam',
};
const piet: AppointmentGuest = {
  name: 'Piet de Vries',
  email: 'piet@example.nl',
  locale: 'nl',
  timeZone: 'Europe/Amsterdam',
};

function tableClient(): TableClient {
  const connectionString = process.env['PORTICO_TEST_STORAGE_CONNECTION_STRING'];
  if (!connectionString) throw new Error('The Azurite global setup did not run');
  return TableClient.fromConnectionString(connectionString, `appts${randomUUID().replace(/-/g, '').slice(0, 20)}`, {
    allowInsecureConnection: true,
  });
}

let organiserId: string;
function appointment(
  startsAt: string,
  guests: readonly AppointmentGuest[] = [jane],
  organiser = organiserId,
): Appointment {
  return buildAppointment(
    { startsAt, guests, organiser: { id: organiser, name: 'Dr. Ada Visser', email: 'ada@contoso.com' } },
    now,
  );
}

describe('AzureTablesAppointmentStore against Azurite', () => {
  let store: AzureTablesAppointmentStore;
  let table: TableClient;

  beforeEach(async () => {
    organiserId = randomUUID();
    table = tableClient();
    store = new AzureTablesAppointmentStore(table);
    await store.ensureTable();
  });

  it('stores an appointment and reads it back as it was, with a version', async () => {
    const created = await store.create(appointment('2026-12-01T09:00:00.000Z'));
    if (!created.ok) throw new Error(created.error.code);
    const read = await store.get(created.value.appointment.id);
    expect(read).toEqual(created.value);
    expect(read?.etag).toMatch(/\S/);
  });

  it('answers undefined for an unknown or unsafe id', async () => {
    expect(await store.get(randomUUID())).toBeUndefined();
    expect(await store.get('../x#y')).toBeUndefined();
  });

  it('refuses to create the same appointment twice', async () => {
    const first = appointment('2026-12-01T09:00:00.000Z');
    expect((await store.create(first)).ok).toBe(true);
    expect(await store.create(first)).toEqual({ ok: false, error: { code: 'appointment.already-exists' } });
  });

  it('updates with the current ETag and returns a new one', async () => {
    const created = await store.create(appointment('2026-12-01T09:00:00.000Z'));
    if (!created.ok) throw new Error(created.error.code);
    // A staff cancellation, with what an undo goes back to: the row must keep that too.
    const cancelled = cancelAppointment(created.value.appointment, now, { seconds: 30 });
    if (!cancelled.ok) throw new Error(cancelled.error.code);
    const updated = await store.update(cancelled.value, created.value.etag);
    if (!updated.ok) throw new Error(updated.error.code);
    expect(updated.value.etag).not.toBe(created.value.etag);
    expect((await store.get(cancelled.value.id))?.appointment).toEqual(cancelled.value);
  });

  it("gives a concurrent update a typed conflict and keeps the winner's change", async () => {
    const created = await store.create(appointment('2026-12-01T09:00:00.000Z'));
    if (!created.ok) throw new Error(created.error.code);
    const { appointment: original, etag } = created.value;
    const [first, second] = await Promise.all([
      store.update({ ...original, subject: 'First' }, etag),
      store.update({ ...original, subject: 'Second' }, etag),
    ]);
    const outcomes = [first, second].map((r) => (r.ok ? 'ok' : r.error.code)).sort();
    expect(outcomes).toEqual(['appointment.conflict', 'ok']);
    const winner = first.ok ? 'First' : 'Second';
    expect((await store.get(original.id))?.appointment.subject).toBe(winner);
  });

  it('refuses an update of an appointment that does not exist', async () => {
    const missing = appointment('2026-12-01T09:00:00.000Z');
    expect(await store.update(missing, '*')).toEqual({ ok: false, error: { code: 'appointment.not-found' } });
  });

  it("lists an organiser's appointments in the range, earliest first", async () => {
    const late = appointment('2026-12-01T15:00:00.000Z');
    const early = appointment('2026-12-01T09:00:00.000Z');
    const nextDay = appointment('2026-12-02T09:00:00.000Z');
    const someoneElses = appointment('2026-12-01T10:00:00.000Z', [jane], randomUUID());
    for (const a of [late, early, nextDay, someoneElses]) expect((await store.create(a)).ok).toBe(true);
    const listed = await store.listByOrganiser(organiserId, day);
    expect(listed.map((s) => s.appointment.id)).toEqual([early.id, late.id]);
  });

  it('includes an appointment that overlaps the start of the range', async () => {
    const overnight = appointment('2026-11-30T23:45:00.000Z');
    await store.create(overnight);
    expect((await store.listByOrganiser(organiserId, day)).map((s) => s.appointment.id)).toEqual([overnight.id]);
  });

  it("lists a guest's appointments by e-mail, in any case, and never another guest's", async () => {
    const both = appointment('2026-12-01T09:00:00.000Z', [jane, piet]);
    const janeOnly = appointment('2026-12-01T11:00:00.000Z', [jane]);
    const pietOnly = appointment('2026-12-01T13:00:00.000Z', [piet]);
    for (const a of [both, janeOnly, pietOnly]) await store.create(a);
    expect((await store.listByGuest('JANE@example.com', day)).map((s) => s.appointment.id)).toEqual([
      both.id,
      janeOnly.id,
    ]);
    expect((await store.listByGuest('piet@example.nl', day)).map((s) => s.appointment.id)).toEqual([
      both.id,
      pietOnly.id,
    ]);
    expect(await store.listByGuest('nobody@example.com', day)).toEqual([]);
  });

  it('follows a reschedule in listings', async () => {
    const created = await store.create(appointment('2026-12-01T09:00:00.000Z'));
    if (!created.ok) throw new Error(created.error.code);
    const moved = {
      ...created.value.appointment,
      startsAt: '2026-12-03T09:00:00.000Z',
      endsAt: '2026-12-03T09:30:00.000Z',
    };
    await store.update(moved, created.value.etag);
    expect(await store.listByOrganiser(organiserId, day)).toEqual([]);
    expect(
      await store.listByGuest(jane.email, { from: '2026-12-03T00:00:00.000Z', to: '2026-12-04T00:00:00.000Z' }),
    ).toHaveLength(1);
  });

  it("lists every organiser's appointments starting in a range, across days, and follows a reschedule", async () => {
    const late = await store.create(appointment('2026-12-01T23:50:00.000Z'));
    const early = await store.create(appointment('2026-12-02T00:10:00.000Z', [piet], randomUUID()));
    const outside = await store.create(appointment('2026-12-02T01:00:00.000Z'));
    if (!late.ok || !early.ok || !outside.ok) throw new Error('not created');
    // Overlapping the range is not enough: only a start inside it counts.
    const running = await store.create(appointment('2026-12-01T23:30:00.000Z'));
    if (!running.ok) throw new Error(running.error.code);
    const range = { from: '2026-12-01T23:45:00.000Z', to: '2026-12-02T00:30:00.000Z' };
    const ids = async () => (await store.listStartingIn(range)).map(({ appointment }) => appointment.id).sort();
    expect(await ids()).toEqual([late.value.appointment.id, early.value.appointment.id].sort());

    const moved = {
      ...late.value.appointment,
      startsAt: '2026-12-05T09:00:00.000Z',
      endsAt: '2026-12-05T09:30:00.000Z',
    };
    await store.update(moved, late.value.etag);
    expect(await ids()).toEqual([early.value.appointment.id]);
  });

  it('ignores a lookup row whose appointment no longer names that guest', async () => {
    const created = await store.create(appointment('2026-12-01T09:00:00.000Z', [jane, piet]));
    if (!created.ok) throw new Error(created.error.code);
    await store.update({ ...created.value.appointment, guests: [jane] }, created.value.etag);
    expect(await store.listByGuest(piet.email, day)).toEqual([]);
  });

  it('keeps no e-mail address in any key', async () => {
    const a = appointment('2026-12-01T09:00:00.000Z', [jane]);
    await store.create(a);
    const partitions: string[] = [];
    for await (const row of table.listEntities()) partitions.push(row.partitionKey ?? '');
    expect(partitions.sort()).toEqual(
      [
        `appointment|${a.id}`,
        appointmentKeys.guestPartition('jane@example.com'),
        `organiser|${organiserId}`,
        'starts|2026-12-01',
      ].sort(),
    );
    expect(partitions.join(' ')).not.toContain('jane');
  });

  it('refuses rows whose data does not match the schema instead of passing them on', async () => {
    const a = appointment('2026-12-01T09:00:00.000Z');
    await table.createEntity({
      ...appointmentKeys.appointment(a.id),
      schemaVersion: 1,
      data: JSON.stringify({ ...a, status: 'exploded' }),
    });
    await expect(store.get(a.id)).rejects.toThrow();
  });
});
