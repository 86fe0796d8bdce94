import { randomUUID } from 'node:crypto';
import { AzureStorageMessageQueue, type GuestNotice } from '@portico/server-adapters';
import { cancelAppointment, rescheduleAppointment } from '@portico/domain';
import { buildAppointment } from '@portico/domain/testing';
import { InvocationContext } from '@azure/functions';
import { composeFunctionsApp, type ComposedFunctionsApp } from '../../composition-root';
import type { FunctionDependencies } from '../../function-dependencies';
import { emailsTo } from '@portico/emulator-client';
import { sendGuestNotice } from '../invitations/send-guest-notice';
import { functionTable } from '../../function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from '../../local-host/local-functions-host';
import { integrationFunctionsEnv } from '../../testing/integration-functions-env';

const functionKey = `test-key-${randomUUID()}`;
const queueName = `invitations-${randomUUID().slice(0, 8)}`;

describe('guest sign-in links and personal links, against Azurite', () => {
  let app: ComposedFunctionsApp;
  let host: RunningLocalHost;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${host.url}/api/${path}`, {
      method: 'POST',
      headers: { 'x-functions-key': functionKey, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  let dependencies: FunctionDependencies;
  /** Runs the invitations worker on what the API queued, as the queue trigger would. */
  const deliverQueued = async () => {
    const queue = app.queueClient(queueName);
    for (;;) {
      const { receivedMessageItems } = await queue.receiveMessages({ numberOfMessages: 32 });
      if (receivedMessageItems.length === 0) return;
      for (const message of receivedMessageItems) {
        const notice: unknown = JSON.parse(Buffer.from(message.messageText, 'base64').toString('utf8'));
        await sendGuestNotice(dependencies)(notice, new InvocationContext({ logHandler: () => undefined }));
        await queue.deleteMessage(message.messageId, message.popReceipt);
      }
    }
  };
  const emulators = () => process.env['PORTICO_TEST_EMULATORS_URL'] ?? '';
  const signInTokenFor = async (email: string) => {
    const [mail] = await emailsTo(emulators(), email);
    return /\/sign-in\/([\w-]+)/.exec(mail?.plainText ?? '')?.[1] ?? '';
  };
  const guestWithAppointment = async () => {
    const email = `known-${randomUUID()}@example.com`;
    await app.dependencies.appointments.create(
      buildAppointment({ guests: [{ name: 'Jane', email, locale: 'en', timeZone: 'Europe/Amsterdam' }] }),
    );
    return email;
  };

  beforeAll(async () => {
    app = composeFunctionsApp(integrationFunctionsEnv(functionKey));
    await app.prepareLocalStorage();
    await app.queueClient(queueName).createIfNotExists();
    dependencies = {
      ...app.dependencies,
      notices: new AzureStorageMessageQueue<GuestNotice>(app.queueClient(queueName)),
    };
    host = await startLocalFunctionsHost(functionTable(dependencies), { port: 0, functionKey });
  });

  afterAll(async () => {
    await host.close();
    await app.queueClient(queueName).deleteIfExists();
  });

  it('answers the same for a known and an unknown address, and sends a link only to the known one', async () => {
    const known = await guestWithAppointment();
    const unknown = `unknown-${randomUUID()}@example.com`;
    const answers = await Promise.all(
      [known, unknown].map(async (email) => {
        const response = await post(
          'guest/sign-in-links',
          { email, locale: 'en' },
          { 'x-portico-client-address': randomUUID() },
        );
        return { status: response.status, body: await response.text() };
      }),
    );
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]?.status).toBe(202);
    await deliverQueued();
    expect(await emailsTo(emulators(), known)).toHaveLength(1);
    expect(await emailsTo(emulators(), unknown)).toHaveLength(0);
  });

  it('redeems a sign-in link once; a used link is refused', async () => {
    const email = await guestWithAppointment();
    await post('guest/sign-in-links', { email, locale: 'nl' }, { 'x-portico-client-address': randomUUID() });
    await deliverQueued();
    const token = await signInTokenFor(email);
    expect(token.length).toBeGreaterThan(20);
    const first = await post('guest/sign-in-links/redeem', { token });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ email });
    const second = await post('guest/sign-in-links/redeem', { token }, { 'accept-language': 'nl' });
    expect(second.status).toBe(410);
    expect(await second.json()).toMatchObject({ code: 'sign-in.link-invalid', title: 'Deze link werkt niet meer' });
  });

  it('limits sign-in links per address and per client, known or not', async () => {
    const email = `limited-${randomUUID()}@example.com`;
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await post('guest/sign-in-links', { email, locale: 'en' }, { 'x-portico-client-address': randomUUID() }))
          .status,
      );
    expect(statuses).toEqual([202, 202, 202, 429]);

    const client = randomUUID();
    const perClient = [];
    for (let i = 0; i < 21; i++)
      perClient.push(
        (
          await post(
            'guest/sign-in-links',
            { email: `c${i}-${randomUUID()}@example.com`, locale: 'en' },
            { 'x-portico-client-address': client },
          )
        ).status,
      );
    expect(perClient.filter((status) => status === 429)).toEqual([429]);
  });

  it('refuses a forged personal link and one whose guest is not on the appointment', async () => {
    const forged = await post('guest/appointment-links/verify', { token: 'eyJhbGciOiJIUzI1NiJ9.e30.abc' });
    expect(forged.status).toBe(410);
    const appointment = buildAppointment();
    await app.dependencies.appointments.create(appointment);
    const token = app.dependencies.appointmentLinks.mint(
      { appointment, guestEmail: 'someone-else@example.com' },
      new Date(Date.now() + 86_400_000),
    );
    expect((await post('guest/appointment-links/verify', { token })).status).toBe(410);
  });

  it('signs nobody in with a personal link that a reschedule or a cancel replaced', async () => {
    const appointment = buildAppointment();
    const stored = await app.dependencies.appointments.create(appointment);
    if (!stored.ok) throw new Error('the appointment should be stored');
    const guestEmail = appointment.guests[0]?.email ?? '';
    const token = app.dependencies.appointmentLinks.mint(
      { appointment, guestEmail },
      new Date(Date.now() + 86_400_000),
    );
    expect(await (await post('guest/appointment-links/verify', { token })).json()).toEqual({
      email: guestEmail,
      appointmentId: appointment.id,
    });
    const moved = rescheduleAppointment(
      appointment,
      {
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 90_000_000).toISOString(),
      },
      new Date(),
    );
    if (!moved.ok) throw new Error('the reschedule should succeed');
    const afterMove = await app.dependencies.appointments.update(moved.value, stored.value.etag);
    if (!afterMove.ok) throw new Error('the move should be stored');
    const replaced = await post('guest/appointment-links/verify', { token }, { 'accept-language': 'nl' });
    expect(replaced.status).toBe(410);
    expect(await replaced.json()).toMatchObject({ code: 'sign-in.link-replaced', title: 'Deze link is vervangen' });
    const newToken = app.dependencies.appointmentLinks.mint(
      { appointment: moved.value, guestEmail },
      new Date(Date.now() + 86_400_000),
    );
    expect((await post('guest/appointment-links/verify', { token: newToken })).status).toBe(200);
    const cancelled = cancelAppointment(moved.value, new Date());
    if (!cancelled.ok) throw new Error('the cancel should succeed');
    await app.dependencies.appointments.update(cancelled.value, afterMove.value.etag);
    expect(await (await post('guest/appointment-links/verify', { token: newToken })).json()).toMatchObject({
      code: 'sign-in.link-replaced',
    });
  });

  it('refuses a malformed request with a problem, not a failure', async () => {
    const response = await post('guest/sign-in-links', { email: 'not an address', locale: 'fr' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'request.invalid' });
  });
});
