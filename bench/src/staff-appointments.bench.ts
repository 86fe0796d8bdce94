import { chromium } from '@playwright/test';
import { onLocalStack } from './on-local-stack';
import { percentile, type Measurement } from './measurement';

const count = 200;
const concurrency = 8;
const weekViews = 20;
// Dr. Ada Visser, one of the Graph emulator's demo staff.
const organiser = {
  id: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f',
  name: 'Dr.%20Ada%20Visser',
  email: 'ada.visser@contoso.example',
};
const dayMs = 86_400_000;

/**
 * A busy week for one staff member: 200 appointments created through `POST /api/staff/appointments`
 * on the Functions local host (each a Teams meeting in the Graph emulator and rows in Azurite), then
 * the staff console's week view of them rendered by the production build, timed at the server.
 */
export async function benchStaffAppointments(): Promise<Measurement[]> {
  return onLocalStack(async (stack) => {
    // A Monday at least a week ahead, 00:00 UTC; 200 appointments every 50 minutes fill that week.
    const ahead = new Date(Date.now() + 8 * dayMs);
    const monday = Date.UTC(
      ahead.getUTCFullYear(),
      ahead.getUTCMonth(),
      ahead.getUTCDate() + ((8 - ahead.getUTCDay()) % 7),
    );
    const headers = {
      'x-functions-key': stack.functionsKey,
      'x-portico-staff-id': organiser.id,
      'x-portico-staff-name': organiser.name,
      'x-portico-staff-email': organiser.email,
    };
    const create = async (i: number): Promise<number> => {
      const began = performance.now();
      const response = await fetch(`${stack.urls.functions}/staff/appointments`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          guest: { name: 'Jane Doe', email: `guest-${i}@example.com`, locale: 'en', timeZone: 'Europe/London' },
          subject: `Bench ${i}`,
          startsAt: new Date(monday + 30 * 60_000 + i * 50 * 60_000).toISOString(),
          durationMinutes: 30,
        }),
      });
      if (response.status !== 201) throw new Error(`create ${i} answered ${response.status}: ${await response.text()}`);
      return performance.now() - began;
    };
    const latencies: number[] = [];
    const began = performance.now();
    for (let i = 0; i < count; i += concurrency) {
      latencies.push(
        ...(await Promise.all(Array.from({ length: Math.min(concurrency, count - i) }, (_, j) => create(i + j)))),
      );
    }
    const seconds = (performance.now() - began) / 1000;
    latencies.sort((a, b) => a - b);

    const week = new Date(monday).toISOString().slice(0, 10);
    const { page, api } = await weekViewTimes(stack.urls.web, week, async () => {
      const query = new URLSearchParams({
        from: new Date(monday - dayMs).toISOString(),
        to: new Date(monday + 8 * dayMs).toISOString(),
      });
      const listed = await fetch(`${stack.urls.functions}/staff/appointments?${query}`, { headers });
      const { appointments } = (await listed.json()) as { appointments: unknown[] };
      if (appointments.length < count) throw new Error(`The week lists ${appointments.length} appointments`);
    });
    const setting = `${count} creates, ${concurrency} at a time, Functions local host + Graph emulator + Azurite on loopback`;
    const formAnswer = { kind: 'limit' as const, value: 1000, label: 'a form answers within 1 s' };
    return [
      {
        name: 'API create appointment',
        value: Math.round(count / seconds),
        unit: 'appointments/s',
        detail: setting,
        reference: {
          kind: 'limit',
          value: 16.7,
          label: "Graph's per-mailbox limit (10,000 requests / 10 min), one organiser",
        },
      },
      {
        name: 'API create latency p50',
        value: Math.round(percentile(latencies, 50)),
        unit: 'ms',
        detail: setting,
        reference: formAnswer,
      },
      {
        name: 'API create latency p99',
        value: Math.round(percentile(latencies, 99)),
        unit: 'ms',
        detail: setting,
        reference: formAnswer,
      },
      {
        name: `staff console: week of ${count} appointments (median)`,
        value: Math.round(percentile(page, 50)),
        unit: 'ms',
        detail: `server time for GET /staff?view=week, the whole HTML streamed, production build; ${weekViews} views after a warm one, p90 ${Math.round(percentile(page, 90))} ms; the Functions listing alone: median ${Math.round(percentile(api, 50))} ms`,
        reference: { kind: 'limit', value: 300, label: 'issue #18 goal' },
      },
    ];
  });
}

/** Times the staff console's week view (signed in as the organiser) and the Functions listing beneath it. */
async function weekViewTimes(
  webUrl: string,
  week: string,
  listing: () => Promise<void>,
): Promise<{ page: number[]; api: number[] }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    const staff = await browser.newPage();
    await staff.goto(`${webUrl}/staff`);
    await staff.getByRole('button', { name: /Dr\. Ada Visser/ }).click();
    await staff.waitForURL(/\/staff(\?|$)/);
    const page: number[] = [];
    const api: number[] = [];
    for (let view = 0; view <= weekViews; view++) {
      let began = performance.now();
      const answer = await staff.request.get(`${webUrl}/staff?view=week&date=${week}`);
      const html = await answer.text();
      if (!answer.ok() || !html.includes(`Bench ${count - 1}`))
        throw new Error(`The week view answered ${answer.status()}`);
      if (view > 0) page.push(performance.now() - began);
      began = performance.now();
      await listing();
      if (view > 0) api.push(performance.now() - began);
    }
    return { page: page.sort((a, b) => a - b), api: api.sort((a, b) => a - b) };
  } finally {
    await browser.close();
  }
}
