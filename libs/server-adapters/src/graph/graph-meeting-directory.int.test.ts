import { randomUUID } from 'node:crypto';
import type { Event } from '@microsoft/microsoft-graph-types';
import { createGraphClient } from './graph-client';
import { GraphMeetingDirectory } from './graph-meeting-directory';
import { porticoAppointmentPropertyId } from './portico-event-marker';

// Dr. Ada Visser, one of the Graph emulator's demo staff.
const organiserId = '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f';

function emulatorsUrl(): string {
  const url = process.env['PORTICO_TEST_EMULATORS_URL'];
  if (!url) throw new Error('The integration global setup did not run');
  return url;
}

const graphUrl = (path: string) => `${emulatorsUrl()}/graph/v1.0${path}`;
const directory = () =>
  new GraphMeetingDirectory(createGraphClient({ kind: 'emulator', baseUrl: `${emulatorsUrl()}/graph/` }), noWait);
const noWait = async () => undefined;
/** The Graph emulator's switch for how this organiser's mailbox makes online meetings. */
const mailbox = (settings: { teamsAllowed?: boolean; onlineMeetingLateReads?: number }) =>
  fetch(`${emulatorsUrl()}/graph/_mailboxes/${organiserId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
const injectFault = (fault: object) =>
  fetch(`${emulatorsUrl()}/graph/_faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });

function request(
  overrides: Partial<{ appointmentId: string; startsAt: string; endsAt: string; organiserId: string }> = {},
) {
  return {
    organiserId,
    appointmentId: randomUUID(),
    subject: 'Intake',
    startsAt: '2026-12-01T09:00:00.000Z',
    endsAt: '2026-12-01T09:30:00.000Z',
    ...overrides,
  };
}

async function calendarView(from: string, to: string): Promise<Event[]> {
  const response = await fetch(graphUrl(`/users/${organiserId}/calendarView?startDateTime=${from}&endDateTime=${to}`));
  return ((await response.json()) as { value: Event[] }).value;
}

describe('GraphMeetingDirectory against the Graph emulator', () => {
  afterEach(async () => {
    await fetch(`${emulatorsUrl()}/graph/_faults`, { method: 'DELETE' });
    await mailbox({ teamsAllowed: true, onlineMeetingLateReads: 0 });
  });

  it('reads the Teams meeting again when Exchange adds it late to a new event', async () => {
    await mailbox({ onlineMeetingLateReads: 2 });
    const created = await directory().createMeeting(request());
    if (!created.ok) throw new Error(created.error.code);
    expect(created.value.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  });

  it('deletes an event that never gets its Teams meeting, and makes none where Teams is not allowed', async () => {
    const window = { startsAt: '2027-03-03T09:00:00.000Z', endsAt: '2027-03-03T09:30:00.000Z' };
    await mailbox({ onlineMeetingLateReads: 20 });
    const never = await directory().createMeeting(request(window));
    expect(never).toEqual({ ok: false, error: { code: 'meeting-directory.no-teams-meeting' } });
    expect(await calendarView('2027-03-03T00:00:00Z', '2027-03-04T00:00:00Z')).toEqual([]);

    await mailbox({ teamsAllowed: false, onlineMeetingLateReads: 0 });
    const notAllowed = await directory().createMeeting(request(window));
    expect(notAllowed).toEqual({ ok: false, error: { code: 'meeting-directory.no-teams-meeting' } });
    expect(await calendarView('2027-03-03T00:00:00Z', '2027-03-04T00:00:00Z')).toEqual([]);
  });

  it("creates an online Teams meeting in the organiser's calendar, marked as Portico's", async () => {
    const created = await directory().createMeeting(request({ appointmentId: 'appt-marker' }));
    if (!created.ok) throw new Error(created.error.code);
    expect(created.value.meeting).toMatchObject({ kind: 'thread', organizerId: organiserId, messageId: '0' });
    expect(created.value.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3Ameeting_/);
    // The organiser has audio conferencing: the meeting has a phone dial-in.
    expect(created.value.dialIn).toMatchObject({
      tollNumber: '+31 20 794 6000',
      conferenceId: expect.stringMatching(/^\d{9}$/),
    });
    const expand = encodeURIComponent(`singleValueExtendedProperties($filter=id eq '${porticoAppointmentPropertyId}')`);
    const event = (await (
      await fetch(graphUrl(`/users/${organiserId}/events/${created.value.calendarEventId}?$expand=${expand}`))
    ).json()) as Event;
    expect(event).toMatchObject({
      subject: 'Intake',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: 'appt-marker',
      start: { dateTime: '2026-12-01T09:00:00.0000000', timeZone: 'UTC' },
      attendees: [],
      singleValueExtendedProperties: [{ id: porticoAppointmentPropertyId, value: 'appt-marker' }],
    });
  });

  it('gives no dial-in for an organiser without audio conferencing', async () => {
    const created = await directory().createMeeting(
      request({ appointmentId: 'appt-no-audio', organiserId: '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f' }),
    );
    if (!created.ok) throw new Error(created.error.code);
    expect(created.value.dialIn).toBeUndefined();
  });

  it('yields one event when a create is retried with the same appointment', async () => {
    const window = { startsAt: '2026-12-02T09:00:00.000Z', endsAt: '2026-12-02T09:30:00.000Z' };
    const once = request(window);
    const [first, second] = [await directory().createMeeting(once), await directory().createMeeting(once)];
    if (!first.ok || !second.ok) throw new Error('create failed');
    expect(second.value.calendarEventId).toBe(first.value.calendarEventId);
    expect(second.value.joinUrl).toBe(first.value.joinUrl);
    expect(await calendarView('2026-12-02T00:00:00Z', '2026-12-03T00:00:00Z')).toHaveLength(1);
  });

  it('is answered 429 with Retry-After, waits, retries and succeeds', async () => {
    await injectFault({ kind: 'status', status: 429, retryAfterSeconds: 1, times: 1 });
    const created = await directory().createMeeting(
      request({ startsAt: '2027-03-03T09:00:00.000Z', endsAt: '2027-03-03T09:30:00.000Z' }),
    );
    expect(created.ok).toBe(true);
    // The 429 was served to the first attempt; the retry after it made the meeting.
    expect(await (await fetch(`${emulatorsUrl()}/graph/_faults`)).json()).toEqual({ pending: 0 });
    expect(await calendarView('2027-03-03T00:00:00Z', '2027-03-04T00:00:00Z')).toHaveLength(1);
  });

  it('retries a 503 and succeeds', async () => {
    await injectFault({ kind: 'status', status: 503, retryAfterSeconds: 0, times: 2 });
    expect(
      (
        await directory().createMeeting(
          request({ startsAt: '2026-12-04T09:00:00.000Z', endsAt: '2026-12-04T09:30:00.000Z' }),
        )
      ).ok,
    ).toBe(true);
  });

  it('gives up on a Graph that keeps failing, as dependency.unavailable', async () => {
    await injectFault({ kind: 'status', status: 503, retryAfterSeconds: 0, times: 10 });
    expect(await directory().createMeeting(request())).toEqual({
      ok: false,
      error: { code: 'dependency.unavailable' },
    });
  });

  it('moves a meeting and cancels it; cancelling again is harmless', async () => {
    const created = await directory().createMeeting(
      request({ startsAt: '2026-12-05T09:00:00.000Z', endsAt: '2026-12-05T09:30:00.000Z' }),
    );
    if (!created.ok) throw new Error(created.error.code);
    const { calendarEventId } = created.value;
    expect(
      await directory().rescheduleMeeting(organiserId, calendarEventId, {
        startsAt: '2026-12-05T14:00:00.000Z',
        endsAt: '2026-12-05T15:00:00.000Z',
      }),
    ).toEqual({
      ok: true,
      value: undefined,
    });
    const moved = (await (await fetch(graphUrl(`/users/${organiserId}/events/${calendarEventId}`))).json()) as Event;
    expect(moved.start).toEqual({ dateTime: '2026-12-05T14:00:00.0000000', timeZone: 'UTC' });
    expect((await directory().cancelMeeting(organiserId, calendarEventId)).ok).toBe(true);
    expect((await fetch(graphUrl(`/users/${organiserId}/events/${calendarEventId}`))).status).toBe(404);
    expect((await directory().cancelMeeting(organiserId, calendarEventId)).ok).toBe(true);
  });

  it('names an unknown organiser and a vanished event by their codes', async () => {
    expect(await directory().createMeeting(request({ organiserId: randomUUID() }))).toEqual({
      ok: false,
      error: { code: 'meeting-directory.organiser-unknown' },
    });
    expect(
      await directory().rescheduleMeeting(organiserId, 'AAMk-gone', {
        startsAt: '2026-12-06T09:00:00.000Z',
        endsAt: '2026-12-06T09:30:00.000Z',
      }),
    ).toEqual({
      ok: false,
      error: { code: 'meeting-directory.event-missing' },
    });
  });
});
