import { setTimeout as sleep } from 'node:timers/promises';
import { EmulatedOutlook } from '@portico/emulator-client';
import type { RunningLocalStack } from '@portico/local-stack';
import { onLocalStack } from './on-local-stack';
import { percentile, type Measurement } from './measurement';

// Noor Bakker, one of the Graph emulator's demo staff; nothing else in the bench uses her calendar.
const noor = { id: '3b2a1f0e-9d8c-4b7a-8f6e-5d4c3b2a1f0e', name: 'Noor Bakker', email: 'noor.bakker@contoso.example' };
const burst = 300;
const latencySamples = 40;
const dayMs = 86_400_000;

/**
 * Calendar sync on the local stack: how many Outlook changes per second flow from the Graph
 * emulator's notifications through the webhook, the queue and the worker into appointments, and how
 * long one edit takes to show on its appointment (p50/p99), polled every 10 ms.
 */
export async function benchCalendarSync(): Promise<Measurement[]> {
  return onLocalStack(async (stack) => {
    const staff = staffApi(stack);
    const optIn = await staff('PUT', 'staff/calendar-sync', { enabled: true });
    if (!optIn.ok) throw new Error(`Turning sync on answered ${optIn.status}`);
    const outlook = new EmulatedOutlook(`${stack.urls.emulators}/graph`, noor.id);
    const base = Date.now() + 3 * dayMs;
    const listSynced = async () => {
      const query = new URLSearchParams({
        from: new Date(base - dayMs).toISOString(),
        to: new Date(base + 30 * dayMs).toISOString(),
      });
      const response = await staff('GET', `staff/appointments?${query}`);
      const { appointments } = (await response.json()) as {
        appointments: { id: string; subject: string; startsAt: string; origin: string }[];
      };
      return appointments.filter((a) => a.origin === 'calendar');
    };

    const began = performance.now();
    for (let i = 0; i < burst; i++) {
      const start = base + (i % 20) * dayMs + Math.floor(i / 20) * 3_600_000;
      await outlook.create({
        subject: `Bench ${i}`,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + 30 * 60_000).toISOString(),
        online: true,
        attendees: [{ name: `Guest ${i}`, email: `bench-${i}@example.org` }],
      });
    }
    let synced = await listSynced();
    while (synced.length < burst) {
      await sleep(50);
      synced = await listSynced();
    }
    const perSecond = burst / ((performance.now() - began) / 1000);

    const events = await outlook.view(new Date(base - dayMs).toISOString(), new Date(base + 30 * dayMs).toISOString());
    const latencies: number[] = [];
    for (let sample = 0; sample < latencySamples; sample++) {
      const event = events[sample];
      if (!event) break;
      const movedTo = base + 40 * dayMs + sample * 3_600_000;
      const edited = performance.now();
      await outlook.update(event.id, {
        startsAt: new Date(movedTo).toISOString(),
        endsAt: new Date(movedTo + 30 * 60_000).toISOString(),
      });
      const expected = new Date(movedTo).toISOString();
      for (;;) {
        const moved = await staff(
          'GET',
          `staff/appointments?${new URLSearchParams({ from: expected, to: new Date(movedTo + 60_000).toISOString() })}`,
        );
        const { appointments } = (await moved.json()) as { appointments: { subject: string; startsAt: string }[] };
        if (appointments.some((a) => a.subject === event.subject && a.startsAt === expected)) break;
        await sleep(10);
      }
      latencies.push(performance.now() - edited);
    }
    latencies.sort((a, b) => a - b);
    const setting = 'Graph emulator notifications → webhook → Azurite queue → worker, Functions local host on loopback';
    return [
      {
        name: 'Calendar changes synced',
        value: Math.round(perSecond * 10) / 10,
        unit: 'changes/s',
        detail: `${burst} new Outlook events with a guest, each fetched, stored and invited; ${setting}`,
      },
      {
        name: 'Outlook edit → appointment p50',
        value: Math.round(percentile(latencies, 50)),
        unit: 'ms',
        detail: `${latencies.length} moves one at a time; includes the local queue listener's idle polling (100 ms–2 s backoff)`,
      },
      {
        name: 'Outlook edit → appointment p99',
        value: Math.round(percentile(latencies, 99)),
        unit: 'ms',
        detail: `${latencies.length} moves one at a time; ${setting}`,
      },
    ];
  });
}

function staffApi(stack: RunningLocalStack) {
  return (method: string, path: string, body?: unknown) =>
    fetch(`${stack.urls.functions}/${path}`, {
      method,
      headers: {
        'x-functions-key': stack.functionsKey,
        'x-portico-staff-id': noor.id,
        'x-portico-staff-name': encodeURIComponent(noor.name),
        'x-portico-staff-email': noor.email,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}
