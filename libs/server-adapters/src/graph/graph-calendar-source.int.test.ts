import { createGraphClient } from './graph-client';
import { GraphCalendarSource } from './graph-calendar-source';

// Sam de Boer, one of the Graph emulator's demo staff; no other test here edits his calendar.
const userId = '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f';

function emulatorsUrl(): string {
  const url = process.env['PORTICO_TEST_EMULATORS_URL'];
  if (!url) throw new Error('The integration global setup did not run');
  return url;
}

const source = () =>
  new GraphCalendarSource(createGraphClient({ kind: 'emulator', baseUrl: `${emulatorsUrl()}/graph/` }));
const faults = (body?: object) =>
  fetch(`${emulatorsUrl()}/graph/_faults`, {
    method: body ? 'POST' : 'DELETE',
    ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });

/** Events made as Outlook makes them, with plain Graph calls to the emulator. */
async function makeEvents(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const startsAt = new Date(Date.now() + (2 + i) * 3_600_000);
    const graphTime = (instant: Date) => ({ dateTime: instant.toISOString().slice(0, 19), timeZone: 'UTC' });
    const response = await fetch(`${emulatorsUrl()}/graph/v1.0/users/${userId}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: `Batch ${i}`,
        start: graphTime(startsAt),
        end: graphTime(new Date(startsAt.getTime() + 1_800_000)),
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        attendees: [{ type: 'required', emailAddress: { name: `Guest ${i}`, address: `batch-${i}@example.org` } }],
      }),
    });
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

describe('GraphCalendarSource.readEvents against the Graph emulator', () => {
  afterEach(() => faults());

  it('reads more events than one JSON batch holds, each as readEvent would, deleted ones gone', async () => {
    const ids = await makeEvents(23);
    await fetch(`${emulatorsUrl()}/graph/v1.0/users/${userId}/events/${ids[5] ?? ''}`, { method: 'DELETE' });
    const states = await source().readEvents(userId, [...ids, ids[0] ?? '']);
    expect(states.size).toBe(23);
    for (const [index, id] of ids.entries()) {
      expect(states.get(id)).toEqual(await source().readEvent(userId, id));
      const state = states.get(id);
      expect(state?.ok && state.value.kind).toBe(index === 5 ? 'gone' : 'present');
    }
  });

  it('reads an event again alone when Graph throttles it inside the batch, which Graph does not retry', async () => {
    const [id = ''] = await makeEvents(1);
    // The batch itself passes; the one request inside it is throttled once.
    await faults({ kind: 'status', status: 429, retryAfterSeconds: 0, times: 1, match: `/events/${id}` });
    const state = (await source().readEvents(userId, [id])).get(id);
    expect(state?.ok && state.value.kind === 'present' && state.value.event.id).toBe(id);
  });

  it("gives each event the organiser's error when the mailbox is unknown", async () => {
    const states = await source().readEvents('no-such-user', ['a', 'b']);
    expect([...states.values()].map((state) => !state.ok && state.error.code)).toEqual([
      'meeting-directory.organiser-unknown',
      'meeting-directory.organiser-unknown',
    ]);
  });
});
