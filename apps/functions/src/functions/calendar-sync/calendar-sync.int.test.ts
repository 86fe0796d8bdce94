import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CalendarSyncView } from '@portico/api-contract';
import type { Appointment } from '@portico/domain';
import { AzureStorageMessageQueue, type CalendarSyncMessage, type GuestNotice } from '@portico/server-adapters';
import { composeFunctionsApp, type ComposedFunctionsApp } from '../../composition-root';
import type { FunctionDependencies } from '../../function-dependencies';
import { functionTable } from '../../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../../local-host/local-functions-host';
import { startLocalQueueListeners, type RunningQueueListeners } from '../../local-host/local-queue-listener';
import { inspectPoisonQueue, replayPoisonQueue } from '../../operations/replay-poison-queue';
import { EmulatedOutlook, GraphEmulatorControls, emailsTo, waitForEmailsTo } from '@portico/emulator-client';
import { integrationFunctionsEnv } from '../../testing/integration-functions-env';
import { syncedAppointmentId } from '../../use-cases/synced-appointment-id';

// Noor's calendar is this file's alone: no other test touches it.
const noor = { id: '3b2a1f0e-9d8c-4b7a-8f6e-5d4c3b2a1f0e', name: 'Noor Bakker', email: 'noor.bakker@contoso.example' };
const functionKey = `test-key-${randomUUID()}`;
const suffix = randomUUID().slice(0, 8);
const dayMs = 86_400_000;

const at = (days: number, hour: number, minute = 0) => {
  const date = new Date(Date.now() + days * dayMs);
  date.setUTCHours(hour, minute, 0, 0);
  return date.toISOString();
};
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe('calendar sync, against the Graph emulator, Azurite and the local Functions host', () => {
  const emulators = process.env['PORTICO_TEST_EMULATORS_URL'] ?? '';
  const outlook = new EmulatedOutlook(`${emulators}/graph`, noor.id);
  const graph = new GraphEmulatorControls(`${emulators}/graph`);
  let app: ComposedFunctionsApp;
  let deps: FunctionDependencies;
  let host: RunningLocalHost;
  let listeners: RunningQueueListeners;
  const queueClient = (name: string) => app.queueClient(`${name}-${suffix}`);

  const staffCall = (method: string, path: string, body?: unknown) =>
    fetch(`${host.url}/api/${path}`, {
      method,
      headers: {
        'x-functions-key': functionKey,
        'x-portico-staff-id': noor.id,
        'x-portico-staff-name': encodeURIComponent(noor.name),
        'x-portico-staff-email': noor.email,
        'content-type': 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  const runTimer = async (name: string) => {
    const response = await fetch(`${host.url}/admin/functions/${name}`, {
      method: 'POST',
      headers: { 'x-functions-key': functionKey },
    });
    expect(response.status).toBe(202);
  };

  const appointmentOf = async (eventId: string) =>
    (await deps.appointments.get(syncedAppointmentId(noor.id, eventId)))?.appointment;

  const messagesIn = async (name: string) => (await queueClient(name).getProperties()).approximateMessagesCount ?? 0;

  /** Until no notification is on its way and the sync queue is empty, twice in a row. */
  async function settled(): Promise<void> {
    let quiet = 0;
    await waitFor(
      'the sync to settle',
      async () => {
        const report = await graph.deliveryReport();
        const busy = report.pending > 0 || (await messagesIn('calendar-notifications')) > 0;
        quiet = busy ? 0 : quiet + 1;
        return quiet >= 3 ? true : undefined;
      },
      240_000,
    );
  }

  beforeAll(async () => {
    const port = await freePort();
    app = composeFunctionsApp({
      ...integrationFunctionsEnv(functionKey),
      PORTICO_FUNCTIONS_PUBLIC_URL: `http://127.0.0.1:${port}`,
      PORTICO_ORGANISATION_DOMAINS: 'contoso.example',
      PORTICO_SYNC_GUEST_LOCALE: 'nl',
    });
    await app.prepareLocalStorage();
    for (const name of ['invitations', 'calendar-notifications']) {
      await queueClient(name).createIfNotExists();
      await queueClient(`${name}-poison`).createIfNotExists();
    }
    deps = {
      ...app.dependencies,
      notices: new AzureStorageMessageQueue<GuestNotice>(queueClient('invitations')),
      calendarSyncQueue: new AzureStorageMessageQueue<CalendarSyncMessage>(queueClient('calendar-notifications')),
    };
    const table = functionTable(deps);
    host = await startLocalFunctionsHost(table, { port, functionKey });
    listeners = startLocalQueueListeners(table, { queueClient, pollIntervalMs: [20, 100] });
  });

  afterAll(async () => {
    await graph.clearNotificationFaults();
    await graph.clearGraphFaults();
    await staffCall('PUT', 'staff/calendar-sync', { enabled: false });
    await listeners.stop();
    await host.close();
    for (const name of ['invitations', 'calendar-notifications']) {
      await queueClient(name).deleteIfExists();
      await queueClient(`${name}-poison`).deleteIfExists();
    }
  });

  it('turns sync on with a live subscription that passed Graph’s validation handshake', async () => {
    const before = await staffCall('GET', 'staff/calendar-sync');
    expect(((await before.json()) as CalendarSyncView).enabled).toBe(false);
    const response = await staffCall('PUT', 'staff/calendar-sync', { enabled: true });
    expect(response.status).toBe(200);
    const view = (await response.json()) as CalendarSyncView;
    expect(view.enabled).toBe(true);
    expect(Date.parse(view.subscriptionExpiresAt ?? '')).toBeGreaterThan(Date.now() + 6 * dayMs);
    const subscriptions = await graph.subscriptions(noor.id);
    expect(subscriptions).toHaveLength(1);
    await settled();
  });

  it('answers the validation handshake in plain text, and refuses a forged notification with nothing queued', async () => {
    const token = 'Validation: Testing client application reachability';
    const handshake = await fetch(`${host.url}/api/graph/notifications?validationToken=${encodeURIComponent(token)}`, {
      method: 'POST',
    });
    expect(handshake.status).toBe(200);
    expect(handshake.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await handshake.text()).toBe(token);

    const [subscription] = await graph.subscriptions(noor.id);
    const event = await outlook.create({
      subject: 'Forged',
      startsAt: at(3, 9),
      endsAt: at(3, 10),
      online: true,
    });
    await settled();
    const forge = (subscriptionId: string, clientState: string | undefined) =>
      fetch(`${host.url}/api/graph/notifications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          value: [
            {
              subscriptionId,
              ...(clientState === undefined ? {} : { clientState }),
              changeType: 'updated',
              resource: `Users/${noor.id}/Events/${event.id}`,
              resourceData: { id: event.id },
            },
          ],
        }),
      });
    for (const response of [
      await forge(subscription?.id ?? '', 'not-the-secret'),
      await forge(subscription?.id ?? '', undefined),
      await forge(randomUUID(), 'not-the-secret'),
    ]) {
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(((await response.json()) as { code: string }).code).toBe('calendar-sync.notification-refused');
    }
    const lifecycle = await fetch(`${host.url}/api/graph/lifecycle`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        value: [{ subscriptionId: subscription?.id, clientState: 'wrong', lifecycleEvent: 'subscriptionRemoved' }],
      }),
    });
    expect(lifecycle.status).toBe(403);
    const malformed = await fetch(`${host.url}/api/graph/notifications`, { method: 'POST', body: 'not json' });
    expect(malformed.status).toBe(400);
    const peeked = await queueClient('calendar-notifications').peekMessages({ numberOfMessages: 32 });
    expect(peeked.peekedMessageItems).toEqual([]);
    expect(await graph.subscriptions(noor.id)).toEqual([subscription]);
  });

  it('syncs the good notifications of a batch in which one names a subscription it does not know', async () => {
    const [subscription] = await graph.subscriptions(noor.id);
    const stored = await app.dependencies.syncedCalendars.findSubscription(subscription?.id ?? '');
    if (!subscription || !stored) throw new Error('Noor has no subscription');
    const clientState = app.dependencies.clientStates.clientStateFor(noor.id, stored.clientStateNonce);
    // Graph's own notification is lost, so only the batch below can bring the event in.
    await graph.notificationFaults({ dropRate: 1 });
    const guest = `batch-${randomUUID()}@example.com`;
    const event = await outlook.create({
      subject: 'Batched',
      startsAt: at(3, 11),
      endsAt: at(3, 12),
      online: true,
      attendees: [{ name: 'Jane Doe', email: guest }],
    });
    await graph.clearNotificationFaults();
    const notification = (subscriptionId: string) => ({
      subscriptionId,
      clientState,
      changeType: 'created',
      resource: `Users/${noor.id}/Events/${event.id}`,
      resourceData: { id: event.id },
    });
    const response = await fetch(`${host.url}/api/graph/notifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ value: [notification(randomUUID()), notification(subscription.id)] }),
    });
    expect(response.status).toBe(202);
    expect(await waitFor('the import', () => appointmentOf(event.id))).toMatchObject({ subject: 'Batched' });
    expect(await waitForEmailsTo(emulators, guest, 1)).toHaveLength(1);
  });

  it('imports a Teams meeting with an outside guest, invites them, moves it and cancels it as Outlook does', async () => {
    const guest = `sync-${randomUUID()}@example.com`;
    const startsAt = at(4, 9);
    const event = await outlook.create({
      subject: 'Intake',
      startsAt,
      endsAt: plus(startsAt, 30),
      online: true,
      attendees: [
        { name: 'Jane Doe', email: guest },
        { name: 'A colleague', email: 'ada.visser@contoso.example' },
      ],
    });
    const imported = await waitFor('the import', () => appointmentOf(event.id));
    expect(imported).toMatchObject({
      origin: 'calendar',
      organiser: noor,
      subject: 'Intake',
      startsAt,
      status: 'scheduled',
      guests: [{ name: 'Jane Doe', email: guest, locale: 'nl' }],
    });
    const [invitation] = await waitForEmailsTo(emulators, guest, 1);
    expect(invitation?.subject).toMatch(/^Uitnodiging: Intake/);

    const movedTo = at(5, 14);
    await outlook.update(event.id, { startsAt: movedTo, endsAt: plus(movedTo, 45) });
    const moved = await waitFor('the move', async () => {
      const appointment = await appointmentOf(event.id);
      return appointment?.startsAt === movedTo ? appointment : undefined;
    });
    expect(moved).toMatchObject({ status: 'rescheduled', endsAt: plus(movedTo, 45) });
    const afterMove = await waitForEmailsTo(emulators, guest, 2);
    expect(afterMove[1]?.subject).toMatch(/^Nieuwe tijd: Intake/);

    await outlook.remove(event.id);
    await waitFor('the cancellation', async () =>
      (await appointmentOf(event.id))?.status === 'cancelled' ? true : undefined,
    );
    const afterDelete = await waitForEmailsTo(emulators, guest, 3);
    expect(afterDelete[2]?.subject).toMatch(/^Geannuleerd: Intake/);
    await settled();
    expect(await emailsTo(emulators, guest)).toHaveLength(3);
  });

  it('makes one appointment per occurrence of a recurring series, one invitation each, and follows moved and cancelled ones', async () => {
    const guest = `series-${randomUUID()}@example.com`;
    const firstStart = at(8, 8);
    const series = await outlook.createSeries(
      {
        subject: 'Weekly check-in',
        startsAt: firstStart,
        endsAt: plus(firstStart, 30),
        online: true,
        attendees: [{ name: 'Jane Doe', email: guest }],
      },
      { every: 'day', times: 3 },
    );
    const occurrences = (await outlook.view(at(7, 0), at(12, 0))).filter((e) => e.subject === 'Weekly check-in');
    expect(occurrences.map((o) => o.startsAt)).toEqual([firstStart, plus(firstStart, 1440), plus(firstStart, 2880)]);
    for (const occurrence of occurrences) {
      await waitFor('each occurrence', () => appointmentOf(occurrence.id));
    }
    await settled();
    expect(await appointmentOf(series.id)).toBeUndefined();
    const invitations = await waitForEmailsTo(emulators, guest, 3);
    expect(invitations.every((mail) => /^Uitnodiging: Weekly check-in/.test(mail.subject))).toBe(true);

    const [first, second, third] = occurrences;
    if (!first || !second || !third) throw new Error('three occurrences');
    const movedTo = plus(second.startsAt, 120);
    await outlook.update(second.id, { startsAt: movedTo, endsAt: plus(movedTo, 30) });
    await outlook.remove(third.id);
    await waitFor('the move', async () => ((await appointmentOf(second.id))?.startsAt === movedTo ? true : undefined));
    await waitFor('the cancellation', async () =>
      (await appointmentOf(third.id))?.status === 'cancelled' ? true : undefined,
    );
    await settled();
    expect(await appointmentOf(first.id)).toMatchObject({ status: 'scheduled', startsAt: first.startsAt });
    const mails = (await emailsTo(emulators, guest)).map((mail) => mail.subject);
    expect(mails.filter((subject) => /^Nieuwe tijd:/.test(subject))).toHaveLength(1);
    expect(mails.filter((subject) => /^Geannuleerd:/.test(subject))).toHaveLength(1);
    expect(mails).toHaveLength(5);

    // Deleting the whole series cancels what is left of it at once, not at the next catch-up.
    await outlook.remove(series.id);
    for (const occurrence of [first, second]) {
      await waitFor('the series cancellation', async () =>
        (await appointmentOf(occurrence.id))?.status === 'cancelled' ? true : undefined,
      );
    }
    await settled();
    const afterDelete = (await emailsTo(emulators, guest)).map((mail) => mail.subject);
    expect(afterDelete.filter((subject) => /^Geannuleerd:/.test(subject))).toHaveLength(3);
  });

  it('never imports an event Portico made, nor one without an outside attendee', async () => {
    const made = await deps.meetings.createMeeting({
      organiserId: noor.id,
      appointmentId: `portal-${randomUUID()}`,
      subject: 'Made in the portal',
      startsAt: at(6, 9),
      endsAt: at(6, 10),
    });
    if (!made.ok) throw new Error(made.error.code);
    const internal = await outlook.create({
      subject: 'Team meeting',
      startsAt: at(6, 11),
      endsAt: at(6, 12),
      online: true,
      attendees: [{ name: 'Sam', email: 'sam.deboer@contoso.example' }],
    });
    await settled();
    await runTimer('scheduleCalendarCatchUps');
    await settled();
    expect(await appointmentOf(made.value.calendarEventId)).toBeUndefined();
    expect(await appointmentOf(internal.id)).toBeUndefined();
  });

  it('catches up when Graph says notifications were missed', async () => {
    await graph.notificationFaults({ dropRate: 1 });
    const guest = `missed-${randomUUID()}@example.com`;
    const event = await outlook.create({
      subject: 'Missed',
      startsAt: at(7, 9),
      endsAt: at(7, 10),
      online: true,
      attendees: [{ name: 'Missed Guest', email: guest }],
    });
    await settled();
    expect(await appointmentOf(event.id)).toBeUndefined();
    await graph.clearNotificationFaults();
    const [subscription] = await graph.subscriptions(noor.id);
    await graph.sendLifecycle(subscription?.id ?? '', 'missed');
    expect(await waitFor('the catch-up', () => appointmentOf(event.id))).toMatchObject({ subject: 'Missed' });
  });

  it('reads the calendar afresh when Graph has forgotten the delta state', async () => {
    await runTimer('scheduleCalendarCatchUps');
    await settled();
    await graph.notificationFaults({ dropRate: 1 });
    const event = await outlook.create({
      subject: 'Forgotten state',
      startsAt: at(7, 11),
      endsAt: at(7, 12),
      online: true,
      attendees: [{ name: 'Late Guest', email: `late-${randomUUID()}@example.com` }],
    });
    await graph.forgetDeltaState();
    await graph.clearNotificationFaults();
    await runTimer('scheduleCalendarCatchUps');
    await settled();
    expect(await appointmentOf(event.id)).toMatchObject({ subject: 'Forgotten state' });
    const view = (await (await staffCall('GET', 'staff/calendar-sync')).json()) as CalendarSyncView;
    expect(Date.parse(view.lastSyncedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('makes a new subscription after Graph removes one, and renews one that expired', async () => {
    const [first] = await graph.subscriptions(noor.id);
    await graph.sendLifecycle(first?.id ?? '', 'subscriptionRemoved');
    const [second] = await waitFor('a new subscription', async () => {
      const live = await graph.subscriptions(noor.id);
      return live.length === 1 && live[0]?.id !== first?.id ? live : undefined;
    });

    await graph.expireSubscription(second?.id ?? '');
    expect(await graph.subscriptions(noor.id)).toEqual([]);
    await runTimer('renewCalendarSubscriptions');
    const [third] = await graph.subscriptions(noor.id);
    expect(third?.id).toBeDefined();
    expect(third?.id).not.toBe(second?.id);
    expect(Date.parse(third?.expirationDateTime ?? '')).toBeGreaterThan(Date.now() + 6 * dayMs);
    const view = (await (await staffCall('GET', 'staff/calendar-sync')).json()) as CalendarSyncView;
    expect(view).toMatchObject({ enabled: true, subscriptionExpiresAt: third?.expirationDateTime, problem: null });

    // Notifications flow again through the new subscription, with no catch-up.
    const event = await outlook.create({
      subject: 'After renewal',
      startsAt: at(8, 9),
      endsAt: at(8, 10),
      online: true,
      attendees: [{ name: 'Renewed Guest', email: `renewed-${randomUUID()}@example.com` }],
    });
    expect(await waitFor('the import', () => appointmentOf(event.id))).toMatchObject({
      subject: 'After renewal',
    });
  });

  it('answers reauthorizationRequired by renewing the same subscription to its full lifetime', async () => {
    const [subscription] = await graph.subscriptions(noor.id);
    await graph.setSubscriptionExpiry(subscription?.id ?? '', new Date(Date.now() + dayMs).toISOString());
    await graph.sendLifecycle(subscription?.id ?? '', 'reauthorizationRequired');
    const [renewed] = await waitFor('the renewal', async () => {
      const live = await graph.subscriptions(noor.id);
      return Date.parse(live[0]?.expirationDateTime ?? '') > Date.now() + 6 * dayMs ? live : undefined;
    });
    expect(renewed?.id).toBe(subscription?.id);
  });

  it('parks a message that keeps failing in the poison queue, where it can be seen and replayed', async () => {
    const event = await outlook.create({ subject: 'Poisoned', startsAt: at(9, 9), endsAt: at(9, 10), online: true });
    await settled();
    // Only the worker's read of this event (it carries a query) fails; Outlook's own edits go through.
    await graph.graphFault({ kind: 'status', status: 503, retryAfterSeconds: 0, times: 1000, match: `${event.id}?` });
    await outlook.update(event.id, {
      attendees: [{ name: 'Poison Guest', email: `poison-${randomUUID()}@example.com` }],
    });
    const poison = queueClient('calendar-notifications-poison');
    const report = await waitFor('the poison queue', async () => {
      const seen = await inspectPoisonQueue(poison);
      return seen.count > 0 ? seen : undefined;
    });
    expect(report.sample.some((message) => message.includes(event.id))).toBe(true);
    expect(await appointmentOf(event.id)).toBeUndefined();

    await graph.clearGraphFaults();
    expect(await replayPoisonQueue(poison, queueClient('calendar-notifications'))).toBe(report.count);
    expect(await waitFor('the replayed import', () => appointmentOf(event.id))).toMatchObject({
      subject: 'Poisoned',
    });
    expect((await inspectPoisonQueue(poison)).count).toBe(0);
  });

  it('ends equal to the calendar after 1,000 random edits with notifications duplicated, reordered and 10% dropped', async () => {
    let seed = 20261124;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const guests = Array.from({ length: 8 }, (_, i) => ({
      name: `Guest ${i}`,
      email: `random-${suffix}-${i}@example.org`,
    }));
    const colleague = { name: 'Sam de Boer', email: 'sam.deboer@contoso.example' };
    const attendees = () => [...guests.filter(() => random() < 0.2), ...(random() < 0.5 ? [colleague] : [])];
    const time = () => {
      const start = at(10 + Math.floor(random() * 50), 7 + Math.floor(random() * 10), pick([0, 15, 30, 45]));
      return { startsAt: start, endsAt: plus(start, pick([15, 30, 45, 60, 90])) };
    };
    await graph.notificationFaults({ dropRate: 0.1, duplicateRate: 0.2, maxDelayMs: 400, seed: 7 });
    const live: string[] = [];
    for (let edit = 0; edit < 1000; edit++) {
      const roll = random();
      if (live.length < 5 || roll < 0.25) {
        const made = await outlook.create({
          subject: `Random ${edit}`,
          online: random() < 0.9,
          attendees: attendees(),
          ...time(),
        });
        live.push(made.id ?? '');
      } else if (roll < 0.6) {
        await outlook.update(pick(live), time());
      } else if (roll < 0.8) {
        await outlook.update(pick(live), { attendees: attendees() });
      } else if (roll < 0.9) {
        await outlook.update(pick(live), { subject: `Renamed ${edit}` });
      } else {
        const gone = live.splice(Math.floor(random() * live.length), 1)[0] ?? '';
        await outlook.remove(gone);
      }
    }
    await settled();
    const faults = await graph.deliveryReport();
    expect(faults.dropped).toBeGreaterThan(50);
    expect(faults.duplicated).toBeGreaterThan(50);
    await graph.clearNotificationFaults();

    await runTimer('scheduleCalendarCatchUps');
    await settled();

    const window = {
      from: new Date(Date.now() - dayMs).toISOString(),
      to: new Date(Date.now() + 181 * dayMs).toISOString(),
    };
    const events = await outlook.view(window.from, window.to);
    const isGuest = (email: string) => !email.toLowerCase().endsWith('@contoso.example');
    const expected = new Map(
      events
        .filter((e) => e.online && e.attendees.some((a) => isGuest(a.email)))
        .map((e) => [
          syncedAppointmentId(noor.id, e.id),
          {
            startsAt: e.startsAt,
            endsAt: e.endsAt,
            subject: e.subject,
            guests: e.attendees
              .map((a) => a.email)
              .filter(isGuest)
              .sort(),
          },
        ]),
    );
    const stored = await deps.appointments.listByOrganiser(noor.id, window);
    const synced = stored.map((s) => s.appointment).filter((a) => a.origin === 'calendar');
    const open = synced.filter((a) => a.status !== 'cancelled' && a.status !== 'ended');
    const actual = new Map(
      open.map((a: Appointment) => [
        a.id,
        { startsAt: a.startsAt, endsAt: a.endsAt, subject: a.subject, guests: a.guests.map((g) => g.email).sort() },
      ]),
    );
    expect(expected.size).toBeGreaterThan(20);
    expect(actual).toEqual(expected);
    // One appointment per calendar event, however often its notifications came.
    const eventIds = synced.map((a) => a.calendarEventId);
    expect(new Set(eventIds).size).toBe(eventIds.length);
    expect((await inspectPoisonQueue(queueClient('calendar-notifications-poison'))).count).toBe(0);
  }, 600_000);

  it('turns sync off: the subscription ends and later Outlook edits are left alone', async () => {
    const response = await staffCall('PUT', 'staff/calendar-sync', { enabled: false });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      enabled: false,
      subscriptionExpiresAt: null,
      lastSyncedAt: null,
      problem: null,
    });
    expect(await graph.subscriptions(noor.id)).toEqual([]);
    const event = await outlook.create({
      subject: 'After opting out',
      startsAt: at(9, 14),
      endsAt: at(9, 15),
      online: true,
      attendees: [{ name: 'Ignored Guest', email: `ignored-${randomUUID()}@example.com` }],
    });
    await runTimer('scheduleCalendarCatchUps');
    await settled();
    expect(await appointmentOf(event.id)).toBeUndefined();
  });
});
