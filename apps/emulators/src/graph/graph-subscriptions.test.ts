import { createServer, type IncomingMessage, type Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmulators, type RunningEmulators } from '../emulator-server';
import { testAccessKey } from '../testing/test-access-key';
import { demoStaff } from './demo-staff';

const sam = demoStaff[1]?.id ?? '';

interface Receiver {
  readonly url: string;
  readonly received: { path: string; body: unknown }[];
  readonly validations: string[];
  /** Whether the receiver echoes validation tokens, as a healthy endpoint does. */
  echo: boolean;
  /** While set, notifications are answered only once it settles, as a slow endpoint would. */
  hold?: Promise<void>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A subscriber's endpoint: answers the handshake (when told to) and records notifications. */
async function startReceiver(): Promise<Receiver> {
  const receiver: Omit<Receiver, 'url' | 'close'> = { received: [], validations: [], echo: true };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const token = url.searchParams.get('validationToken');
      if (token !== null) {
        receiver.validations.push(token);
        if (!receiver.echo) return response.writeHead(500).end();
        return response.writeHead(200, { 'content-type': 'text/plain' }).end(token);
      }
      receiver.received.push({ path: url.pathname, body: JSON.parse(await readBody(request)) as unknown });
      await receiver.hold;
      response.writeHead(202).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

const post = (url: string, body?: unknown) =>
  fetch(url, {
    method: 'POST',
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });

async function until<T>(probe: () => T | undefined): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = probe();
    if (value !== undefined) return value;
    await sleep(20);
  }
  throw new Error('The expected notification never came');
}

describe('the Graph emulator’s subscriptions and change notifications', () => {
  let emulators: RunningEmulators;
  let receiver: Receiver;
  const graph = (path: string) => `${emulators.url}/graph${path}`;
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  const subscribe = (overrides: Record<string, unknown> = {}) =>
    post(graph('/v1.0/subscriptions'), {
      changeType: 'created,updated,deleted',
      notificationUrl: `${receiver.url}/notifications`,
      lifecycleNotificationUrl: `${receiver.url}/lifecycle`,
      resource: `/users/${sam}/events`,
      expirationDateTime: inDays(6),
      clientState: 'secret-state',
      ...overrides,
    });
  const newEvent = (subject: string) =>
    post(graph(`/v1.0/users/${sam}/events`), {
      subject,
      start: { dateTime: inDays(2).slice(0, 19), timeZone: 'UTC' },
      end: { dateTime: inDays(2.1).slice(0, 19), timeZone: 'UTC' },
    });

  beforeEach(async () => {
    emulators = await startEmulators({ port: 0, acsAccessKey: testAccessKey });
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await emulators.close();
    await receiver.close();
  });

  it('checks both endpoints with the validation handshake before it makes a subscription', async () => {
    const response = await subscribe();
    expect(response.status).toBe(201);
    const subscription = (await response.json()) as { id: string; clientState: string; expirationDateTime: string };
    expect(subscription).toMatchObject({ clientState: 'secret-state', resource: `/users/${sam}/events` });
    expect(receiver.validations).toHaveLength(2);
    expect(receiver.validations[0]).toMatch(/^Validation: /);

    receiver.echo = false;
    const refused = await subscribe();
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: { message: expect.stringMatching(/validation request failed/) },
    });
  });

  it('refuses a lifetime beyond Graph’s 10,080 minutes, and a resource that is not a user’s events', async () => {
    expect((await subscribe({ expirationDateTime: inDays(8) })).status).toBe(400);
    expect((await subscribe({ resource: '/users/nobody/events' })).status).toBe(400);
    expect(receiver.validations).toEqual([]);
  });

  it('notifies a change with the subscription’s clientState and the event’s id', async () => {
    const { id } = (await (await subscribe()).json()) as { id: string };
    const created = (await (await newEvent('Intake')).json()) as { id: string };
    const [notification] = await until(() => (receiver.received.length > 0 ? receiver.received : undefined));
    expect(notification).toEqual({
      path: '/notifications',
      body: {
        value: [
          expect.objectContaining({
            subscriptionId: id,
            clientState: 'secret-state',
            changeType: 'created',
            resource: `Users/${sam}/Events/${created.id}`,
            resourceData: expect.objectContaining({ id: created.id }),
          }),
        ],
      },
    });
  });

  it('renews, then answers 404 once the subscription expired or was deleted', async () => {
    const { id } = (await (await subscribe()).json()) as { id: string };
    const renew = (until: string) =>
      fetch(graph(`/v1.0/subscriptions/${id}`), {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ expirationDateTime: until }),
      });
    const renewed = await renew(inDays(7));
    expect(renewed.status).toBe(200);
    expect(Date.parse(((await renewed.json()) as { expirationDateTime: string }).expirationDateTime)).toBeGreaterThan(
      Date.now() + 6.9 * 86_400_000,
    );
    expect((await post(graph(`/v1.0/subscriptions/${id}/reauthorize`))).status).toBe(204);

    expect((await post(graph(`/_subscriptions/${id}/expire`))).status).toBe(204);
    expect((await renew(inDays(7))).status).toBe(404);
    await newEvent('After expiry');
    await sleep(100);
    expect(receiver.received).toEqual([]);

    const second = (await (await subscribe()).json()) as { id: string };
    expect((await fetch(graph(`/v1.0/subscriptions/${second.id}`), { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(graph(`/v1.0/subscriptions/${second.id}`), { method: 'DELETE' })).status).toBe(404);
  });

  it('sends lifecycle notifications to the lifecycle URL; a removal ends the subscription', async () => {
    const { id } = (await (await subscribe()).json()) as { id: string };
    expect((await post(graph(`/_subscriptions/${id}/lifecycle`), { lifecycleEvent: 'missed' })).status).toBe(202);
    expect(
      (await post(graph(`/_subscriptions/${id}/lifecycle`), { lifecycleEvent: 'subscriptionRemoved' })).status,
    ).toBe(202);
    const received = await until(() => (receiver.received.length >= 2 ? receiver.received : undefined));
    expect(received.map((r) => r.path)).toEqual(['/lifecycle', '/lifecycle']);
    expect(
      received.map((r) => (r.body as { value: { lifecycleEvent: string }[] }).value[0]?.lifecycleEvent).sort(),
    ).toEqual(['missed', 'subscriptionRemoved']);
    expect(((await (await fetch(graph('/_subscriptions'))).json()) as { value: unknown[] }).value).toEqual([]);
  });

  it('sends what gathers while a delivery is on its way together in the next delivery, as Graph does', async () => {
    await subscribe();
    let answer: () => void = () => undefined;
    receiver.hold = new Promise<void>((resolve) => (answer = resolve));
    await newEvent('First');
    await until(() => (receiver.received.length === 1 ? true : undefined));
    await newEvent('Second');
    await newEvent('Third');
    answer();
    await until(() => (receiver.received.length === 2 ? true : undefined));
    const sizes = receiver.received.map((r) => (r.body as { value: unknown[] }).value.length);
    expect(sizes).toEqual([1, 2]);
    expect(await (await fetch(graph('/_notifications'))).json()).toMatchObject({ pending: 0, delivered: 3 });
  });

  it('drops, duplicates and delays notifications when told to, and counts what it did', async () => {
    await subscribe();
    expect((await post(graph('/_notifications'), { dropRate: 1 })).status).toBe(204);
    await newEvent('Dropped');
    expect(((await (await fetch(graph('/_notifications'))).json()) as { dropped: number }).dropped).toBe(1);
    await post(graph('/_notifications'), { duplicateRate: 1, maxDelayMs: 50 });
    await newEvent('Twice');
    await until(() => (receiver.received.length === 2 ? true : undefined));
    const report = (await (await fetch(graph('/_notifications'))).json()) as { answerMs: number[] };
    expect(report).toMatchObject({ pending: 0, delivered: 2, dropped: 1, duplicated: 1 });
    // Each answered delivery is timed, as Graph times its subscribers.
    expect(report.answerMs).toHaveLength(2);
    expect(report.answerMs.every((ms) => ms >= 0)).toBe(true);
    expect((await post(graph('/_notifications'), { dropRate: 2 })).status).toBe(400);
  });
});

describe('the Graph emulator’s calendarView delta', () => {
  let emulators: RunningEmulators;
  const graph = (path: string) => `${emulators.url}/graph${path}`;
  const window = `startDateTime=${new Date(Date.now() - 86_400_000).toISOString()}&endDateTime=${new Date(Date.now() + 30 * 86_400_000).toISOString()}`;
  const read = async (url: string, pageSize?: number) => {
    const response = await fetch(url, pageSize ? { headers: { prefer: `odata.maxpagesize=${pageSize}` } } : {});
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const at = (days: number) => ({
    dateTime: new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 19),
    timeZone: 'UTC',
  });
  const create = async (subject: string, days: number) =>
    (
      (await (
        await post(graph(`/v1.0/users/${sam}/events`), { subject, start: at(days), end: at(days + 0.02) })
      ).json()) as { id: string }
    ).id;

  beforeEach(async () => {
    emulators = await startEmulators({ port: 0, acsAccessKey: testAccessKey });
  });
  afterEach(() => emulators.close());

  /** Follows next links to the delta link, collecting every item on the way. */
  async function readAll(first: string, pageSize?: number) {
    const items: { id: string; '@removed'?: unknown; subject?: string }[] = [];
    let url = first;
    let pages = 0;
    for (;;) {
      const { status, body } = await read(url, pageSize);
      expect(status).toBe(200);
      pages++;
      items.push(...(body['value'] as typeof items));
      if (typeof body['@odata.deltaLink'] === 'string') return { items, pages, deltaLink: body['@odata.deltaLink'] };
      url = body['@odata.nextLink'] as string;
    }
  }

  it('reads the window in pages, then only what changed since, with removals marked', async () => {
    const ids = [await create('One', 1), await create('Two', 2), await create('Three', 3), await create('Far', 60)];
    const first = await readAll(graph(`/v1.0/users/${sam}/calendarView/delta?${window}`), 2);
    expect(first.pages).toBe(2);
    expect(first.items.map((item) => item.subject)).toEqual(['One', 'Two', 'Three']);

    await fetch(graph(`/v1.0/users/${sam}/events/${ids[0]}`), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'One, renamed' }),
    });
    await fetch(graph(`/v1.0/users/${sam}/events/${ids[1]}`), { method: 'DELETE' });
    const four = await create('Four', 4);
    const next = await readAll(first.deltaLink);
    expect(next.items).toEqual([
      expect.objectContaining({ id: ids[0], subject: 'One, renamed' }),
      { '@odata.type': '#microsoft.graph.event', id: ids[1], '@removed': { reason: 'deleted' } },
      expect.objectContaining({ id: four, subject: 'Four' }),
    ]);
    expect((await readAll(next.deltaLink)).items).toEqual([]);
  });

  it('answers 410 for a delta link issued before a reset, as Graph does when it forgot the state', async () => {
    await create('One', 1);
    const { deltaLink } = await readAll(graph(`/v1.0/users/${sam}/calendarView/delta?${window}`));
    expect((await post(graph('/_delta/reset'))).status).toBe(204);
    const stale = await read(deltaLink);
    expect(stale.status).toBe(410);
    expect(stale.body).toMatchObject({ error: { code: 'SyncStateNotFound' } });
    expect((await read(graph(`/v1.0/users/${sam}/calendarView/delta`))).status).toBe(400);
  });
});
