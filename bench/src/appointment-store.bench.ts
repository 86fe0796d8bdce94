import { TableClient } from '@azure/data-tables';
import { startAzurite } from '@portico/azurite-launcher';
import type { Appointment } from '@portico/domain';
import { buildAppointment } from '@portico/domain/testing';
import { AzureTablesAppointmentStore, type StoredAppointment } from '@portico/server-adapters';
import type { Measurement } from './measurement';

const count = 600;
const concurrency = 16;

function appointment(now: Date, i: number): Appointment {
  return buildAppointment(
    {
      organiser: { id: `organiser-${i % 10}`, name: 'Dr. Ada Visser', email: 'ada@contoso.example' },
      guests: [{ name: 'Jane Doe', email: `guest-${i % 50}@example.com`, locale: 'en', timeZone: 'Europe/London' }],
      subject: `Bench ${i}`,
      startsAt: new Date(now.getTime() + (60 + i) * 60_000).toISOString(),
    },
    now,
  );
}

async function inParallel<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += concurrency)
    results.push(...(await Promise.all(items.slice(i, i + concurrency).map(work))));
  return results;
}

/** Appointment writes per second through the Azure Tables adapter against an in-memory Azurite. */
export async function benchAppointmentStore(): Promise<Measurement[]> {
  const azurite = await startAzurite();
  try {
    const store = new AzureTablesAppointmentStore(
      TableClient.fromConnectionString(azurite.connectionString, 'bench', { allowInsecureConnection: true }),
    );
    await store.ensureTable();
    const now = new Date();
    const appointments = Array.from({ length: count }, (_, i) => appointment(now, i));

    let started = performance.now();
    const created = await inParallel(appointments, async (a) => {
      const result = await store.create(a);
      if (!result.ok) throw new Error(result.error.code);
      return result.value;
    });
    const createSeconds = (performance.now() - started) / 1000;

    started = performance.now();
    await inParallel(created, async ({ appointment: a, etag }: StoredAppointment) => {
      const result = await store.update({ ...a, subject: `${a.subject} (moved)` }, etag);
      if (!result.ok) throw new Error(result.error.code);
    });
    const updateSeconds = (performance.now() - started) / 1000;

    started = performance.now();
    const listed = await store.listByGuest('guest-7@example.com', {
      from: now.toISOString(),
      to: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
    });
    const listMs = performance.now() - started;

    // The floor: the same four rows per appointment written straight through the SDK, no domain.
    const raw = TableClient.fromConnectionString(azurite.connectionString, 'benchfloor', {
      allowInsecureConnection: true,
    });
    await raw.createTable();
    started = performance.now();
    await inParallel(appointments, async (a) => {
      const row = { startsAt: a.startsAt, endsAt: a.endsAt };
      await raw.createEntity({ partitionKey: `appointment|${a.id}`, rowKey: 'appointment', json: JSON.stringify(a) });
      await Promise.all([
        raw.upsertEntity({ partitionKey: `organiser|${a.organiser.id}`, rowKey: a.id, ...row }, 'Replace'),
        raw.upsertEntity({ partitionKey: `starts|${a.startsAt.slice(0, 10)}`, rowKey: a.id, ...row }, 'Replace'),
        raw.upsertEntity({ partitionKey: `guest|${a.guests[0]?.email ?? ''}`, rowKey: a.id, ...row }, 'Replace'),
      ]);
    });
    const floorPerSecond = Math.round(count / ((performance.now() - started) / 1000));
    const floor = {
      kind: 'floor' as const,
      value: floorPerSecond,
      label: 'the same rows written straight through the Tables SDK',
    };

    const setting = `${count} appointments, ${concurrency} at a time, Azurite in memory on loopback`;
    return [
      {
        name: 'store create',
        value: Math.round(count / createSeconds),
        unit: 'appointments/s',
        detail: `${setting}; each create writes 1 row and upserts 3 lookups (organiser, start day, guest)`,
        reference: floor,
      },
      {
        name: 'store update (ETag-checked)',
        value: Math.round(count / updateSeconds),
        unit: 'appointments/s',
        detail: `${setting}; conditional replace plus lookups`,
        reference: floor,
      },
      {
        name: 'store list by guest',
        value: Math.round(listMs),
        unit: 'ms',
        detail: `one guest with ${listed.length} appointments among ${count}: a lookup query, then each appointment read`,
        reference: { kind: 'limit', value: 300, label: "issue #18's staff console budget for a whole page" },
      },
    ];
  } finally {
    await azurite.stop();
  }
}
