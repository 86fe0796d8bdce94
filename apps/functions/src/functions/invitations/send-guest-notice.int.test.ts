import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StaffAppointmentView } from '@portico/api-contract';
import { AzureStorageMessageQueue, type GuestNotice } from '@portico/server-adapters';
import { composeFunctionsApp, type ComposedFunctionsApp } from '../../composition-root';
import { functionTable } from '../../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../../local-host/local-functions-host';
import { startLocalQueueListeners, type RunningQueueListeners } from '../../local-host/local-queue-listener';
import { emailsTo, waitForEmailsTo } from '@portico/emulator-client';
import { integrationFunctionsEnv } from '../../testing/integration-functions-env';

const functionKey = `test-key-${randomUUID()}`;
const ada = { id: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f', name: 'Dr. Ada Visser', email: 'ada.visser@contoso.example' };
// This file's own queues, so other test files' notices neither reach nor disturb this worker.
const suffix = randomUUID().slice(0, 8);
const inDays = (days: number, hour = 9) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};
const decodeIcs = (base64: string) =>
  Buffer.from(base64, 'base64')
    .toString('utf8')
    .replace(/\r\n[ \t]/g, '');

describe('the invitation worker, against Azurite queues and the e-mail emulator', () => {
  const emulators = process.env['PORTICO_TEST_EMULATORS_URL'] ?? '';
  let app: ComposedFunctionsApp;
  let host: RunningLocalHost;
  let listeners: RunningQueueListeners;
  const queueClient = (name: string) => app.queueClient(`${name}-${suffix}`);

  const staffCall = (path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${host.url}/api/${path}`, {
      method: 'POST',
      headers: {
        'x-functions-key': functionKey,
        'x-portico-staff-id': ada.id,
        'x-portico-staff-name': encodeURIComponent(ada.name),
        'x-portico-staff-email': ada.email,
        'content-type': 'application/json',
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  /** Whether the appointment's Teams meeting is (still) in the organiser's calendar in the Graph emulator. */
  async function meetingIsInCalendar(appointment: StaffAppointmentView): Promise<boolean> {
    const joinUrl = 'meetingLink' in appointment.locator ? appointment.locator.meetingLink : '';
    const range = `startDateTime=${inDays(-1)}&endDateTime=${inDays(30)}`;
    const view = await fetch(`${emulators}/graph/v1.0/users/${ada.id}/calendarView?${range}`);
    const events = ((await view.json()) as { value: { onlineMeeting?: { joinUrl: string } }[] }).value;
    return events.some((event) => event.onlineMeeting?.joinUrl === joinUrl);
  }

  async function waitUntil(done: () => Promise<boolean>, what: string): Promise<void> {
    for (let attempt = 0; attempt < 300; attempt++) {
      if (await done()) return;
      await sleep(100);
    }
    throw new Error(`Gave up waiting for ${what}`);
  }

  async function create(guestEmail: string, locale: 'en' | 'nl' = 'en'): Promise<StaffAppointmentView> {
    const response = await staffCall('staff/appointments', {
      guest: { name: 'Jane Doe', email: guestEmail, locale, timeZone: 'Europe/Amsterdam' },
      subject: 'Intake',
      startsAt: inDays(5),
      durationMinutes: 30,
    });
    expect(response.status).toBe(201);
    return (await response.json()) as StaffAppointmentView;
  }

  beforeAll(async () => {
    app = composeFunctionsApp(integrationFunctionsEnv(functionKey));
    await app.prepareLocalStorage();
    for (const name of ['invitations', 'invitations-poison']) await queueClient(name).createIfNotExists();
    const dependencies = {
      ...app.dependencies,
      notices: new AzureStorageMessageQueue<GuestNotice>(queueClient('invitations')),
      // A short undo window, so a cancellation's e-mail comes due within a test's patience.
      cancellationUndoSeconds: 3,
    };
    const table = functionTable(dependencies);
    host = await startLocalFunctionsHost(table, { port: 0, functionKey });
    listeners = startLocalQueueListeners(table, { queueClient, pollIntervalMs: [50, 200] });
  });

  afterAll(async () => {
    await listeners.stop();
    await host.close();
    await fetch(`${emulators}/email/_faults`, { method: 'DELETE' });
    for (const name of ['invitations', 'invitations-poison']) await queueClient(name).deleteIfExists();
  });

  it('invites the guest in their language with a calendar file and a personal link that proves them', async () => {
    const guest = `invite-${randomUUID()}@example.com`;
    const created = await create(guest, 'nl');
    const [invitation] = await waitForEmailsTo(emulators, guest, 1);
    expect(invitation?.subject).toMatch(/^Uitnodiging: Intake op /);
    expect(invitation?.html).toContain('<html lang="nl">');
    const ics = decodeIcs(invitation?.attachments[0]?.contentInBase64 ?? '');
    expect(ics).toContain(`UID:${created.id}@portico`);
    expect(ics).toContain('METHOD:REQUEST');

    const token = /http:\/\/127\.0\.0\.1:3000\/a\/([\w.-]+)/.exec(invitation?.plainText ?? '')?.[1] ?? '';
    const verified = await fetch(`${host.url}/api/guest/appointment-links/verify`, {
      method: 'POST',
      headers: { 'x-functions-key': functionKey, 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(verified.status).toBe(200);
    expect(await verified.json()).toEqual({ email: guest, appointmentId: created.id });
  });

  it('writes again when the appointment moves or is cancelled, each e-mail once', async () => {
    const guest = `change-${randomUUID()}@example.com`;
    const created = await create(guest);
    await waitForEmailsTo(emulators, guest, 1);
    const moved = await staffCall(
      `staff/appointments/${created.id}/reschedule`,
      { startsAt: inDays(6, 14), durationMinutes: 45 },
      { 'if-match': created.etag },
    );
    expect(moved.status).toBe(200);
    // The worker runs a batch's notices at once, as the Functions host does: only a change made after
    // the last e-mail went out has a known place in the outbox.
    await waitForEmailsTo(emulators, guest, 2);
    const etag = moved.headers.get('etag') ?? '';
    expect(await meetingIsInCalendar(created)).toBe(true);
    const cancelled = await staffCall(`staff/appointments/${created.id}/cancel`, undefined, { 'if-match': etag });
    expect(cancelled.status).toBe(200);
    const emails = await waitForEmailsTo(emulators, guest, 3);
    expect(emails.map((email) => email.subject.split(':')[0])).toEqual(['Invitation', 'New time', 'Cancelled']);
    expect(decodeIcs(emails[2]?.attachments[0]?.contentInBase64 ?? '')).toContain('METHOD:CANCEL');
    // Once the guests are told, the meeting leaves the organiser's calendar, and the undo is gone.
    await waitUntil(async () => !(await meetingIsInCalendar(created)), 'the meeting to be cancelled');
    const undo = await staffCall(`staff/appointments/${created.id}/undo-cancel`, undefined, {
      'if-match': cancelled.headers.get('etag') ?? '',
    });
    expect(await undo.json()).toMatchObject({ status: 409, code: 'appointment.undo-expired' });
  });

  it('tells nobody of a cancellation undone in time: no e-mail, the meeting kept, the old link working', async () => {
    const guest = `undo-${randomUUID()}@example.com`;
    const created = await create(guest);
    const [invitation] = await waitForEmailsTo(emulators, guest, 1);
    const cancelled = await staffCall(`staff/appointments/${created.id}/cancel`, undefined, {
      'if-match': created.etag,
    });
    const view = (await cancelled.json()) as StaffAppointmentView;
    expect(view).toMatchObject({ status: 'cancelled', undoCancelUntil: expect.any(String) });
    const undone = await staffCall(`staff/appointments/${created.id}/undo-cancel`, undefined, {
      'if-match': view.etag,
    });
    expect(undone.status).toBe(200);
    expect(await undone.json()).toMatchObject({ status: 'scheduled' });

    // The cancellation's notice comes due, is found stale, and leaves the queue having sent nothing.
    await waitUntil(
      async () => (await queueClient('invitations').getProperties()).approximateMessagesCount === 0,
      'the cancellation notice to come due',
    );
    expect((await emailsTo(emulators, guest)).map((email) => email.subject.split(':')[0])).toEqual(['Invitation']);
    expect(await meetingIsInCalendar(created)).toBe(true);
    const token = /http:\/\/127\.0\.0\.1:3000\/a\/([\w.-]+)/.exec(invitation?.plainText ?? '')?.[1] ?? '';
    const verified = await fetch(`${host.url}/api/guest/appointment-links/verify`, {
      method: 'POST',
      headers: { 'x-functions-key': functionKey, 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(verified.status).toBe(200);
  });

  it('sends a re-invite once however often the same request is repeated', async () => {
    const guest = `reinvite-${randomUUID()}@example.com`;
    const created = await create(guest);
    await waitForEmailsTo(emulators, guest, 1);
    const key = randomUUID();
    for (let i = 0; i < 3; i++) {
      const response = await staffCall(`staff/appointments/${created.id}/reinvite`, undefined, {
        'idempotency-key': key,
      });
      expect(response.status).toBe(202);
    }
    await waitForEmailsTo(emulators, guest, 2);
    // Give a wrongly repeated send time to arrive before counting.
    await sleep(1000);
    expect(await emailsTo(emulators, guest)).toHaveLength(2);
  });

  it('moves a notice that fails every time to the poison queue after five attempts', async () => {
    const guest = `poison-${randomUUID()}@example.com`;
    await fetch(`${emulators}/email/_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 500, times: 1000 }),
    });
    try {
      await create(guest);
      const poison = queueClient('invitations-poison');
      let poisoned: string[] = [];
      for (let attempt = 0; attempt < 200 && poisoned.length === 0; attempt++) {
        poisoned = (await poison.peekMessages({ numberOfMessages: 32 })).peekedMessageItems.map((m) =>
          Buffer.from(m.messageText, 'base64').toString('utf8'),
        );
        if (poisoned.length === 0) await sleep(100);
      }
      expect(poisoned.map((text) => JSON.parse(text) as unknown)).toEqual([
        expect.objectContaining({ type: 'appointment', kind: 'invitation' }),
      ]);
      expect(await emailsTo(emulators, guest)).toHaveLength(0);
    } finally {
      await fetch(`${emulators}/email/_faults`, { method: 'DELETE' });
    }
  });
});
