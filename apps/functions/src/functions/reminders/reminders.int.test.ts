import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StaffAppointmentView } from '@portico/api-contract';
import type { DueReminder } from '@portico/domain';
import { emailsTo, textsTo, waitForEmailsTo } from '@portico/emulator-client';
import {
  AcsSmsTextMessenger,
  AzureStorageMessageQueue,
  createSmsClient,
  type GuestNotice,
} from '@portico/server-adapters';
import { composeFunctionsApp, type ComposedFunctionsApp } from '../../composition-root';
import type { FunctionDependencies } from '../../function-dependencies';
import { functionTable } from '../../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../../local-host/local-functions-host';
import { startLocalQueueListeners, type RunningQueueListeners } from '../../local-host/local-queue-listener';
import { integrationFunctionsEnv } from '../../testing/integration-functions-env';
import { queueDueReminders } from '../../use-cases/queue-due-reminders';

const functionKey = `test-key-${randomUUID()}`;
const ada = { id: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f', name: 'Dr. Ada Visser', email: 'ada.visser@contoso.example' };
const suffix = randomUUID().slice(0, 8);
const minute = 60_000;
const hour = 60 * minute;
const reminderSubject = /^Reminder: /;

describe('reminders, against Azurite and the e-mail and SMS emulators', () => {
  const emulators = process.env['PORTICO_TEST_EMULATORS_URL'] ?? '';
  let app: ComposedFunctionsApp;
  let host: RunningLocalHost;
  let listeners: RunningQueueListeners;
  let deps: FunctionDependencies;
  // The clock the app runs on; each test moves it to the moment a timer run happens.
  let now = new Date();
  const queueClient = (name: string) => app.queueClient(`${name}-${suffix}`);

  const call = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${host.url}/api/${path}`, {
      method: 'POST',
      headers: { 'x-functions-key': functionKey, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const asAda = {
    'x-portico-staff-id': ada.id,
    'x-portico-staff-name': encodeURIComponent(ada.name),
    'x-portico-staff-email': ada.email,
  };

  /** An appointment starting in `startsInHours` from now, for a guest who gave a mobile number. */
  async function book(guest: string, phone: string, startsInHours = 30): Promise<StaffAppointmentView> {
    const startsAt = new Date(Math.floor((now.getTime() + startsInHours * hour) / minute) * minute).toISOString();
    const response = await call(
      'staff/appointments',
      {
        guest: { name: 'Jane Doe', email: guest, locale: 'en', timeZone: 'Europe/Amsterdam', textReminders: { phone } },
        subject: 'Intake',
        startsAt,
        durationMinutes: 30,
      },
      asAda,
    );
    expect(response.status).toBe(201);
    return (await response.json()) as StaffAppointmentView;
  }

  /** Waits until the worker has taken every notice off the queue (sent, dropped or retried away). */
  async function queueDrained(): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const properties = await queueClient('invitations').getProperties();
      if ((properties.approximateMessagesCount ?? 0) === 0) {
        await sleep(300);
        return;
      }
      await sleep(100);
    }
    throw new Error('The invitations queue did not drain');
  }

  /** The production SMS adapter against the SMS emulator, as the Functions app composes it. */
  const emulatorTextMessenger = () =>
    new AcsSmsTextMessenger(
      createSmsClient({
        kind: 'connection-string',
        connectionString: `endpoint=${emulators}/;accesskey=${process.env['PORTICO_TEST_ACS_ACCESS_KEY'] ?? ''}`,
        timeoutMs: 4000,
      }),
      '+3197010000001',
    );
  const remindersTo = async (guest: string) =>
    (await emailsTo(emulators, guest)).filter((email) => reminderSubject.test(email.subject));
  const at = (iso: string, offsetMs: number) => new Date(Date.parse(iso) + offsetMs);
  // Other tests' appointments share the table, so a run is judged by what it did for this one.
  const of = (booked: StaffAppointmentView) => (reminder: DueReminder) => reminder.appointmentId === booked.id;

  beforeAll(async () => {
    app = composeFunctionsApp({ ...integrationFunctionsEnv(functionKey), PORTICO_SMS_SENDER: '+3197010000001' });
    await app.prepareLocalStorage();
    for (const name of ['invitations', 'invitations-poison']) await queueClient(name).createIfNotExists();
    deps = {
      ...app.dependencies,
      clock: () => now,
      notices: new AzureStorageMessageQueue<GuestNotice>(queueClient('invitations')),
    };
    const table = functionTable(deps);
    host = await startLocalFunctionsHost(table, { port: 0, functionKey });
    listeners = startLocalQueueListeners(table, { queueClient, pollIntervalMs: [50, 200] });
  });

  beforeEach(() => {
    now = new Date();
  });

  afterAll(async () => {
    await listeners.stop();
    await host.close();
    await fetch(`${emulators}/email/_faults`, { method: 'DELETE' });
    await fetch(`${emulators}/sms/_faults`, { method: 'DELETE' });
    for (const name of ['invitations', 'invitations-poison']) await queueClient(name).deleteIfExists();
  });

  it('sends each reminder once by e-mail and by text, though timer runs overlap and a send is retried', async () => {
    const guest = `once-${randomUUID()}@example.com`;
    const phone = '+31612345678';
    const textsBefore = (await textsTo(emulators, phone)).length;
    const booked = await book(guest, phone);
    await waitForEmailsTo(emulators, guest, 1);
    // The first send of each channel fails once; the queue's retry must not make a second message.
    await fetch(`${emulators}/email/_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 503, times: 1 }),
    });
    await fetch(`${emulators}/sms/_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 503, times: 1 }),
    });
    now = at(booked.startsAt, -24 * hour + 2 * minute);
    const runs = await Promise.all([queueDueReminders(deps), queueDueReminders(deps), queueDueReminders(deps)]);
    expect(runs.flat().filter(of(booked))).toHaveLength(1);
    // A later run within the grace finds the reminder taken.
    now = at(booked.startsAt, -24 * hour + 7 * minute);
    expect((await queueDueReminders(deps)).filter(of(booked))).toHaveLength(0);
    await waitForEmailsTo(emulators, guest, 2);
    await queueDrained();

    const reminders = await remindersTo(guest);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.plainText).toContain('tomorrow');
    expect(reminders[0]?.plainText).toMatch(/Open your appointment: http:\/\/127\.0\.0\.1:3000\/a\//);
    expect(reminders[0]?.plainText).toMatch(/Stop reminders: http:\/\/127\.0\.0\.1:3000\/reminders\/stop\//);
    const texts = (await textsTo(emulators, phone)).slice(textsBefore);
    expect(texts).toHaveLength(1);
    expect(texts[0]?.from).toBe('+3197010000001');
    const [open, stop] = [...(texts[0]?.message ?? '').matchAll(/http:\/\/127\.0\.0\.1:3000\/r\/([\w-]{12})/g)].map(
      (match) => match[1],
    );
    // The short links lead to the personal link and to the stop page.
    for (const [code, path] of [
      [open, /^\/a\//],
      [stop, /^\/reminders\/stop\//],
    ] as const) {
      const resolved = await fetch(`${host.url}/api/guest/short-links/${code}`, {
        headers: { 'x-functions-key': functionKey },
      });
      expect(resolved.status).toBe(200);
      expect(((await resolved.json()) as { path: string }).path).toMatch(path);
    }
  });

  it('after a reschedule between runs, reminds of the new time only', async () => {
    const guest = `moved-${randomUUID()}@example.com`;
    const booked = await book(guest, '+31612345679');
    await waitForEmailsTo(emulators, guest, 1);
    // A run just before the 24-hour reminder queues nothing; then the appointment moves three hours on.
    now = at(booked.startsAt, -24 * hour - 10 * minute);
    expect((await queueDueReminders(deps)).filter(of(booked))).toHaveLength(0);
    const newStart = at(booked.startsAt, 3 * hour).toISOString();
    const moved = await call(
      `staff/appointments/${booked.id}/reschedule`,
      { startsAt: newStart, durationMinutes: 30 },
      { ...asAda, 'if-match': booked.etag },
    );
    expect(moved.status).toBe(200);
    await waitForEmailsTo(emulators, guest, 2);
    // A reminder for the old time, queued before the move, reaches the worker after it.
    await deps.notices.enqueue({
      type: 'reminder',
      appointmentId: booked.id,
      minutesBefore: 1440,
      startsAt: booked.startsAt,
    });
    now = at(booked.startsAt, -24 * hour + 5 * minute);
    expect((await queueDueReminders(deps)).filter(of(booked))).toHaveLength(0);
    now = at(newStart, -24 * hour + 1 * minute);
    expect((await queueDueReminders(deps)).filter(of(booked))).toHaveLength(1);
    await waitForEmailsTo(emulators, guest, 3);
    await queueDrained();

    const reminders = await remindersTo(guest);
    expect(reminders).toHaveLength(1);
    const newTime = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(
      new Date(newStart),
    );
    expect(reminders[0]?.subject).toContain(newTime);
  });

  it('stops both channels once the guest opts out from the link, and starts them again on request', async () => {
    const guest = `stop-${randomUUID()}@example.com`;
    const phone = '+32470123456';
    const booked = await book(guest, phone);
    await waitForEmailsTo(emulators, guest, 1);
    now = at(booked.startsAt, -24 * hour + minute);
    expect((await queueDueReminders(deps)).filter(of(booked))).toHaveLength(1);
    const [, reminder] = await waitForEmailsTo(emulators, guest, 2);
    const token = /\/reminders\/stop\/([\w-]+)/.exec(reminder?.plainText ?? '')?.[1] ?? '';

    const read = await call('guest/reminder-preferences', { token });
    expect(await read.json()).toEqual({ maskedEmail: 's•••@example.com', stopped: false });
    const stopped = await call('guest/reminder-preferences/change', { token, stopped: true });
    expect(stopped.status).toBe(200);
    expect(await stopped.json()).toEqual({ maskedEmail: 's•••@example.com', stopped: true });
    const textsBefore = (await textsTo(emulators, phone)).length;

    now = at(booked.startsAt, -1 * hour + minute);
    expect((await queueDueReminders(deps)).filter(of(booked))).toHaveLength(1);
    await queueDrained();
    expect(await remindersTo(guest)).toHaveLength(1);
    expect(await textsTo(emulators, phone)).toHaveLength(textsBefore);

    const again = await call('guest/reminder-preferences/change', { token, stopped: false });
    expect(await again.json()).toEqual({ maskedEmail: 's•••@example.com', stopped: false });
  });

  it('refuses a forged or cut stop link, and a short link that does not exist', async () => {
    const forged = await call('guest/reminder-preferences', { token: 'A'.repeat(60) });
    expect(forged.status).toBe(410);
    expect(await forged.json()).toMatchObject({ code: 'reminders.link-invalid' });
    const unknown = await fetch(`${host.url}/api/guest/short-links/AAAAAAAAAAAA`, {
      headers: { 'x-functions-key': functionKey },
    });
    expect(unknown.status).toBe(410);
    expect(await unknown.json()).toMatchObject({ code: 'short-link.invalid' });
  });

  it('refuses a number that cannot take texts with a clear error, when booking and when sending', async () => {
    const response = await call(
      'staff/appointments',
      {
        guest: {
          name: 'Jane Doe',
          email: `landline-${randomUUID()}@example.com`,
          locale: 'en',
          timeZone: 'Europe/Amsterdam',
          textReminders: { phone: '+31 20 794 6000' },
        },
        subject: 'Intake',
        startsAt: new Date(Date.now() + 30 * hour).toISOString(),
        durationMinutes: 30,
      },
      { ...asAda, 'accept-language': 'en' },
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      code: 'guest.invalid-mobile-number',
      title: 'This is not a mobile number we can text',
      detail: expect.stringContaining('international format'),
    });

    const messenger = emulatorTextMessenger();
    const refused = await messenger.send(
      { to: '+3100000', message: 'Hi' },
      { id: randomUUID(), firstSentAt: new Date() },
    );
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'sms.invalid-number' }) });
  });

  it('sends one text for a retried send with the same repeatability id', async () => {
    const messenger = emulatorTextMessenger();
    const phone = '+447911123456';
    const before = (await textsTo(emulators, phone)).length;
    const repeatability = { id: randomUUID(), firstSentAt: new Date() };
    expect(await messenger.send({ to: phone, message: 'Once' }, repeatability)).toEqual({ ok: true, value: undefined });
    expect(await messenger.send({ to: phone, message: 'Once' }, repeatability)).toEqual({ ok: true, value: undefined });
    expect(await textsTo(emulators, phone)).toHaveLength(before + 1);
  });
});
