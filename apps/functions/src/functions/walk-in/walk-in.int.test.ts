import { randomUUID } from 'node:crypto';
import type { WalkInCheckInView, WalkInDeskView } from '@portico/api-contract';
import { waitForEmailsTo } from '@portico/emulator-client';
import { AzureStorageMessageQueue, type GuestNotice } from '@portico/server-adapters';
import { composeFunctionsApp, type ComposedFunctionsApp } from '../../composition-root';
import { functionTable } from '../../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../../local-host/local-functions-host';
import { startLocalQueueListeners, type RunningQueueListeners } from '../../local-host/local-queue-listener';
import { integrationFunctionsEnv } from '../../testing/integration-functions-env';

const functionKey = `test-key-${randomUUID()}`;
// This file's own queues, so its invitations neither reach nor disturb other files' workers.
const suffix = randomUUID().slice(0, 8);
// Sam's calendar: this file's desk is his, so other files' appointments of Ada's stay out of its queue.
const sam = { id: '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f', name: 'Sam de Boer', email: 'sam.deboer@contoso.example' };

describe('walk-in desks, against Azurite and the Graph and e-mail emulators', () => {
  const emulators = process.env['PORTICO_TEST_EMULATORS_URL'] ?? '';
  let host: RunningLocalHost;
  let app: ComposedFunctionsApp;
  let listeners: RunningQueueListeners;
  const queueClient = (name: string) => app.queueClient(`${name}-${suffix}`);

  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${host.url}/api/${path}`, {
      method,
      headers: { 'x-functions-key': functionKey, 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const asStaffMember = (member: { id: string; name: string; email: string }) => ({
    'x-portico-staff-id': member.id,
    'x-portico-staff-name': encodeURIComponent(member.name),
    'x-portico-staff-email': member.email,
  });
  const asSam = asStaffMember(sam);
  const asNoor = asStaffMember({
    id: '3b2a1f0e-9d8c-4b7a-8f6e-5d4c3b2a1f0e',
    name: 'Noor Bakker',
    email: 'noor.bakker@contoso.example',
  });
  const asAda = asStaffMember({
    id: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f',
    name: 'Dr. Ada Visser',
    email: 'ada.visser@contoso.example',
  });
  /** The attendees of the walk-in meetings in Sam's calendar around now, as the Graph emulator holds them. */
  const meetingAttendees = async () => {
    const window = `startDateTime=${new Date(Date.now() - 86_400_000).toISOString()}&endDateTime=${new Date(Date.now() + 86_400_000).toISOString()}`;
    const view = (await (await fetch(`${emulators}/graph/v1.0/users/${sam.id}/calendarView?${window}`)).json()) as {
      value: { transactionId?: string; attendees?: { emailAddress: { address: string } }[] }[];
    };
    return view.value
      .filter((event) => event.transactionId?.startsWith('walk-in-'))
      .map((event) => (event.attendees ?? []).map((attendee) => attendee.emailAddress.address));
  };
  const checkIn = (deskId: string, name: string, client = `203.0.113.${Math.floor(Math.random() * 250)}`) =>
    call(
      'POST',
      `walk-in/desks/${deskId}/check-ins`,
      { name, email: `${name.toLowerCase().replace(/\W/g, '')}-${randomUUID().slice(0, 6)}@example.com`, locale: 'en' },
      { 'x-portico-client-address': client },
    );

  beforeAll(async () => {
    app = composeFunctionsApp(integrationFunctionsEnv(functionKey));
    await app.prepareLocalStorage();
    for (const name of ['invitations', 'invitations-poison']) await queueClient(name).createIfNotExists();
    const table = functionTable({
      ...app.dependencies,
      notices: new AzureStorageMessageQueue<GuestNotice>(queueClient('invitations')),
    });
    host = await startLocalFunctionsHost(table, { port: 0, functionKey });
    listeners = startLocalQueueListeners(table, { queueClient, pollIntervalMs: [50, 200] });
  });

  afterAll(async () => {
    await listeners.stop();
    await host.close();
    for (const name of ['invitations', 'invitations-poison']) await queueClient(name).deleteIfExists();
  });

  it('opens a desk with a Teams meeting, queues guests in order, and lets staff take the next', async () => {
    const opened = await call('PUT', 'staff/walk-in-desk', { name: 'Walk-in consultations' }, asSam);
    expect(opened.status).toBe(200);
    const desk = (await opened.json()) as WalkInDeskView;
    expect(desk).toMatchObject({ name: 'Walk-in consultations', status: 'open', meetingDay: expect.any(String) });

    const page = await call('GET', `walk-in/desks/${desk.id}`);
    expect(await page.json()).toEqual({ name: 'Walk-in consultations', organiserName: sam.name, open: true });

    const anna = (await (await checkIn(desk.id, 'Anna Walker')).json()) as WalkInCheckInView;
    const bram = (await (await checkIn(desk.id, 'Bram Walker')).json()) as WalkInCheckInView;
    expect(bram.position).toBe(anna.position + 1);
    // The guest gets the personal link by e-mail, and sees their place on the appointment.
    await waitForEmailsTo(emulators, anna.email, 1);
    const annaView = await call('GET', `guest/appointments/${anna.appointmentId}`, undefined, {
      'x-portico-guest-email': anna.email,
    });
    expect(await annaView.json()).toMatchObject({
      subject: 'Walk-in consultations',
      join: { open: true },
      walkIn: { position: anna.position },
    });

    const queue = (await (await call('GET', 'staff/walk-in-desk', undefined, asSam)).json()) as WalkInDeskView;
    const names = queue.queue.map((entry) => entry.guestName);
    expect(names.indexOf('Anna Walker')).toBeLessThan(names.indexOf('Bram Walker'));

    // Two staff tabs take at once: two guests are taken, never one twice.
    const taken = await Promise.all([
      call('POST', `staff/walk-in-desks/${desk.id}/take-next`, undefined, asSam),
      call('POST', `staff/walk-in-desks/${desk.id}/take-next`, undefined, asSam),
    ]);
    expect(taken.map((response) => response.status)).toEqual([200, 200]);
    const after = (await (await call('GET', 'staff/walk-in-desk', undefined, asSam)).json()) as WalkInDeskView;
    const takenIds = after.taken.map((entry) => entry.appointmentId);
    expect(new Set(takenIds).size).toBe(takenIds.length);
    expect(takenIds).toEqual(expect.arrayContaining([anna.appointmentId, bram.appointmentId]));
    expect(after.taken[0]?.takenBy).toBe(sam.name);
    const annaAfter = await call('GET', `guest/appointments/${anna.appointmentId}`, undefined, {
      'x-portico-guest-email': anna.email,
    });
    expect(await annaAfter.json()).toMatchObject({ walkIn: { position: null } });

    const empty = await call('POST', `staff/walk-in-desks/${desk.id}/take-next`, undefined, asSam);
    expect(empty.status).toBe(409);
    expect(await empty.json()).toMatchObject({ code: 'walk-in.queue-empty' });

    const closed = await call('POST', 'staff/walk-in-desk/close', undefined, asSam);
    expect(await closed.json()).toMatchObject({ status: 'closed' });
    const refused = await checkIn(desk.id, 'Cees Late');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'walk-in.desk-closed' });
    // Opening it again keeps the address printed on the QR code.
    const reopened = (await (
      await call('PUT', 'staff/walk-in-desk', { name: 'Walk-ins' }, asSam)
    ).json()) as WalkInDeskView;
    expect(reopened).toMatchObject({ id: desk.id, status: 'open', name: 'Walk-ins' });
  });

  it('limits check-ins per client address and per e-mail address, and refuses an unknown desk and a bad name', async () => {
    const opened = (await (
      await call('PUT', 'staff/walk-in-desk', { name: 'Walk-ins' }, asSam)
    ).json()) as WalkInDeskView;
    const client = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await checkIn(opened.id, `Flood Guest`, client)).status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(30);
    expect(statuses[30]).toBe(429);
    const limited = await checkIn(opened.id, 'Flood Guest', client);
    expect(await limited.json()).toMatchObject({ code: 'walk-in.rate-limited' });

    // One address, from many clients: each check-in e-mails it, so it gets three.
    const email = `victim-${randomUUID().slice(0, 6)}@example.com`;
    const sameAddress: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await call(
        'POST',
        `walk-in/desks/${opened.id}/check-ins`,
        { name: 'Someone', email, locale: 'en' },
        { 'x-portico-client-address': `192.0.2.${i + 10}` },
      );
      sameAddress.push(response.status);
    }
    expect(sameAddress).toEqual([201, 201, 201, 429]);

    const unknown = await checkIn(randomUUID(), 'Anna Walker');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'walk-in.desk-not-found' });
    const noName = await checkIn(opened.id, '   ');
    expect(noName.status).toBe(400);
    // The queue is cleared for the next run of this file against the same Azurite.
    for (;;) {
      const taken = await call('POST', `staff/walk-in-desks/${opened.id}/take-next`, undefined, asSam);
      if (taken.status !== 200) break;
    }
  });

  it('lets the colleagues the organiser names see the queue and take guests, and nobody else', async () => {
    const opened = await call(
      'PUT',
      'staff/walk-in-desk',
      { name: 'Team walk-ins', members: ['Noor.Bakker@contoso.example'] },
      asSam,
    );
    const desk = (await opened.json()) as WalkInDeskView;
    expect(desk.members).toEqual(['noor.bakker@contoso.example']);
    // Noor is invited to the desk's meeting in Sam's calendar, so Teams lets her admit guests from its lobby.
    expect(await meetingAttendees()).toEqual([['noor.bakker@contoso.example']]);
    const guest = (await (await checkIn(desk.id, 'Tess Team')).json()) as WalkInCheckInView;

    const team = await call('GET', 'staff/walk-in-desks', undefined, asNoor);
    const { desks } = (await team.json()) as { desks: WalkInDeskView[] };
    expect(desks.map((d) => [d.id, d.organiserName])).toEqual([[desk.id, sam.name]]);
    expect(desks[0]?.queue.map((entry) => entry.appointmentId)).toContain(guest.appointmentId);

    const stranger = await call('POST', `staff/walk-in-desks/${desk.id}/take-next`, undefined, asAda);
    expect(stranger.status).toBe(404);
    expect(await (await call('GET', 'staff/walk-in-desks', undefined, asAda)).json()).toEqual({ desks: [] });

    let taken: WalkInDeskView | undefined;
    for (;;) {
      const response = await call('POST', `staff/walk-in-desks/${desk.id}/take-next`, undefined, asNoor);
      if (response.status !== 200) break;
      taken = (await response.json()) as WalkInDeskView;
    }
    expect(taken?.taken.find((entry) => entry.appointmentId === guest.appointmentId)?.takenBy).toBe('Noor Bakker');

    // Taken off the team, a colleague no longer sees the desk.
    await call('PUT', 'staff/walk-in-desk', { name: 'Walk-ins', members: [] }, asSam);
    expect(await (await call('GET', 'staff/walk-in-desks', undefined, asNoor)).json()).toEqual({ desks: [] });
    expect(await meetingAttendees()).toEqual([[]]);
  });

  it('makes one Teams meeting per desk and day, however often the desk is opened', async () => {
    const opened = (await (
      await call('PUT', 'staff/walk-in-desk', { name: 'Walk-ins' }, asSam)
    ).json()) as WalkInDeskView;
    const again = (await (
      await call('PUT', 'staff/walk-in-desk', { name: 'Walk-ins' }, asSam)
    ).json()) as WalkInDeskView;
    expect(again.meetingDay).toBe(opened.meetingDay);
  });
});
