import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { unknownUser, type CalendarOutcome, type GraphCalendars } from './graph-calendars';
import { decodeDeltaToken, encodeDeltaToken, type DeltaToken } from './delta-token';
import { graphErrorBody } from './graph-error';
import type { GraphFaults } from './graph-faults';
import type { GraphSubscriptions, SubscriptionOutcome } from './graph-subscriptions';
import { mailboxSettingsOf } from './mailbox-settings';
import type { NotificationDelivery } from './notification-delivery';

const utcTime = z.object({
  dateTime: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,7})?$/),
  timeZone: z.literal('UTC'),
});
const eventInput = z.object({
  subject: z.string().max(255).optional(),
  body: z.object({ contentType: z.enum(['text', 'html']), content: z.string() }).optional(),
  start: utcTime.optional(),
  end: utcTime.optional(),
  isOnlineMeeting: z.boolean().optional(),
  onlineMeetingProvider: z.enum(['teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer', 'unknown']).optional(),
  transactionId: z.string().max(255).optional(),
  allowNewTimeProposals: z.boolean().optional(),
  singleValueExtendedProperties: z.array(z.object({ id: z.string(), value: z.string() })).optional(),
  attendees: z
    .array(
      z.object({
        type: z.enum(['required', 'optional', 'resource']).optional(),
        emailAddress: z.object({ name: z.string().max(255).optional(), address: z.email() }),
      }),
    )
    .max(500)
    .optional(),
  categories: z.array(z.string().min(1).max(255)).max(25).optional(),
  // The part of Graph's recurrence the emulator plays: daily or weekly, a number of times or until a date.
  recurrence: z
    .object({
      pattern: z.object({ type: z.enum(['daily', 'weekly']), interval: z.number().int().min(1).max(99) }),
      range: z.object({
        type: z.enum(['numbered', 'endDate', 'noEnd']),
        startDate: z.string().optional(),
        endDate: z
          .string()
          .regex(/^\d{4}-\d\d-\d\d$/)
          .optional(),
        numberOfOccurrences: z.number().int().min(1).max(500).optional(),
      }),
    })
    .optional(),
});
const subscriptionInput = z.object({
  changeType: z.string().regex(/^(created|updated|deleted)(,(created|updated|deleted))*$/),
  notificationUrl: z.url(),
  lifecycleNotificationUrl: z.url().optional(),
  resource: z.string().min(1),
  expirationDateTime: z.string().min(1),
  clientState: z.string().optional(),
});
const notificationFaultsInput = z.object({
  dropRate: z.number().min(0).max(1).default(0),
  duplicateRate: z.number().min(0).max(1).default(0),
  maxDelayMs: z.number().int().min(0).max(60_000).default(0),
  seed: z.number().int().default(1),
});
const mailboxInput = z.object({
  teamsAllowed: z.boolean().optional(),
  onlineMeetingLateReads: z.number().int().min(0).max(20).optional(),
});
/** Graph's JSON batching takes at most this many requests at once. */
const maxBatchRequests = 20;
const batchInput = z.object({
  requests: z
    .array(
      z.object({
        id: z.string().min(1).max(100),
        method: z.enum(['GET', 'POST', 'PATCH', 'DELETE']),
        url: z.string().startsWith('/').max(2048),
        headers: z.record(z.string(), z.string()).optional(),
        body: z.unknown().optional(),
      }),
    )
    .min(1),
});
/** Delta pages hold this many events unless `Prefer: odata.maxpagesize` asks for fewer. */
const defaultDeltaPageSize = 50;
const faultInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    status: z.union([z.literal(429), z.literal(503)]),
    retryAfterSeconds: z.number().int().min(0).max(60).optional(),
    times: z.number().int().min(1).max(1000),
    match: z.string().min(1).max(512).optional(),
  }),
  z.object({
    kind: z.literal('delay'),
    delayMs: z.number().int().min(1).max(30_000),
    times: z.number().int().min(1).max(1000),
    match: z.string().min(1).max(512).optional(),
  }),
]);

type Params = { userId: string; eventId: string };

export interface GraphEmulatorParts {
  readonly calendars: GraphCalendars;
  readonly faults: GraphFaults;
  readonly subscriptions: GraphSubscriptions;
  readonly delivery: NotificationDelivery;
}

/**
 * The subset of Microsoft Graph v1.0 that Portico calls, with Graph's paths, JSON, status codes and
 * error bodies, under `/graph/v1.0`. `/graph/_faults` switches failures on for tests.
 */
export async function graphRoutes(
  app: FastifyInstance,
  { calendars, faults, subscriptions, delivery }: GraphEmulatorParts,
): Promise<void> {
  // Raised by `/_delta/reset`: every delta link issued before then is answered 410, as Graph does
  // once it has forgotten a sync state.
  let deltaEpoch = 0;
  app.post('/_faults', async (request, reply) => {
    const fault = faultInput.safeParse(request.body);
    if (!fault.success) return reply.code(400).send(graphErrorBody('BadRequest', fault.error.message));
    faults.add(fault.data);
    return reply.code(204).send();
  });
  app.get('/_faults', async () => ({ pending: faults.pending() }));
  app.delete('/_faults', async (_request, reply) => {
    faults.clear();
    return reply.code(204).send();
  });

  app.post('/_notifications', async (request, reply) => {
    const input = notificationFaultsInput.safeParse(request.body ?? {});
    if (!input.success) return reply.code(400).send(graphErrorBody('BadRequest', input.error.message));
    delivery.setFaults(input.data);
    return reply.code(204).send();
  });
  app.get('/_notifications', async () => delivery.report());
  app.delete('/_notifications', async (_request, reply) => {
    delivery.clearFaults();
    delivery.resetStats();
    return reply.code(204).send();
  });
  app.get('/_subscriptions', async () => ({ value: subscriptions.list() }));
  app.post<{ Params: { id: string } }>('/_subscriptions/:id/expire', async (request, reply) =>
    sendSubscription(reply, subscriptions.expire(request.params.id), 204),
  );
  app.post<{ Params: { id: string }; Body: { lifecycleEvent?: string } }>(
    '/_subscriptions/:id/lifecycle',
    async (request, reply) =>
      sendSubscription(reply, subscriptions.lifecycle(request.params.id, request.body?.lifecycleEvent ?? ''), 202),
  );
  app.post<{ Params: { userId: string } }>('/_mailboxes/:userId', async (request, reply) => {
    const input = mailboxInput.safeParse(request.body);
    if (!input.success) return reply.code(400).send(graphErrorBody('BadRequest', input.error.message));
    const settings = Object.fromEntries(Object.entries(input.data).filter(([, value]) => value !== undefined));
    if (!calendars.setMailbox(request.params.userId, settings)) {
      return reply.code(404).send(graphErrorBody('ErrorItemNotFound', 'No such mailbox.'));
    }
    return reply.code(204).send();
  });

  app.post('/_delta/reset', async (_request, reply) => {
    deltaEpoch++;
    return reply.code(204).send();
  });

  app.register(
    async (graph) => {
      graph.addHook('onRequest', async (request, reply) => {
        // The Graph SDK sends tokens only to https hosts; a token that is sent must still look like one.
        const authorization = request.headers.authorization;
        if (authorization !== undefined && !/^Bearer \S+$/.test(authorization)) {
          return reply.code(401).send(graphErrorBody('InvalidAuthenticationToken', 'Access token is empty.'));
        }
        const fault = faults.next(request.url);
        if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        if (fault?.kind === 'status') {
          if (fault.retryAfterSeconds !== undefined) reply.header('retry-after', String(fault.retryAfterSeconds));
          const code = fault.status === 429 ? 'TooManyRequests' : 'ServiceNotAvailable';
          return reply.code(fault.status).send(graphErrorBody(code, 'Injected by the Graph emulator.'));
        }
        return undefined;
      });

      // JSON batching: each request is answered as it would be alone, faults included.
      graph.post('/$batch', async (request, reply) => {
        const input = batchInput.safeParse(request.body);
        if (!input.success) return reply.code(400).send(graphErrorBody('BadRequest', input.error.message));
        const { requests } = input.data;
        if (requests.length > maxBatchRequests) {
          return reply
            .code(400)
            .send(graphErrorBody('BadRequest', `A batch holds at most ${maxBatchRequests} requests.`));
        }
        if (new Set(requests.map((r) => r.id)).size !== requests.length) {
          return reply.code(400).send(graphErrorBody('BadRequest', 'Request ids in a batch must be unique.'));
        }
        // Each request goes to this emulator again over loopback (its own port, never the Host header),
        // so it meets the same routes and faults.
        const self = `http://127.0.0.1:${request.socket.localPort}/graph/v1.0`;
        const responses = await Promise.all(
          requests.map(async (inner) => {
            const answer = await fetch(`${self}${inner.url}`, {
              method: inner.method,
              headers: {
                ...inner.headers,
                ...(inner.body === undefined ? {} : { 'content-type': 'application/json' }),
              },
              ...(inner.body === undefined ? {} : { body: JSON.stringify(inner.body) }),
            });
            const text = await answer.text();
            return {
              id: inner.id,
              status: answer.status,
              headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
              ...(text === '' ? {} : { body: JSON.parse(text) as unknown }),
            };
          }),
        );
        return reply.code(200).send({ responses });
      });

      graph.get('/users', async () => ({
        value: calendars.users().map(({ id, displayName, mail }) => ({ id, displayName, mail })),
      }));

      graph.get<{ Params: Params; Querystring: { $select?: string } }>(
        '/users/:userId/mailboxSettings',
        async (request, reply) => {
          const member = calendars.member(request.params.userId);
          if (!member) return send(reply, unknownUser(request.params.userId), 200);
          const settings = mailboxSettingsOf(member, request.params.userId, request.query.$select);
          return settings.ok
            ? reply.code(200).send(settings.value)
            : reply.code(settings.status).send(graphErrorBody(settings.code, settings.message));
        },
      );

      graph.get<{ Params: Params }>('/users/:userId/calendar', async (request, reply) =>
        send(reply, calendars.calendarOf(request.params.userId), 200),
      );

      graph.post<{ Params: Params }>('/users/:userId/events', async (request, reply) => {
        const input = eventInput.safeParse(request.body);
        if (!input.success) return reply.code(400).send(graphErrorBody('BadRequest', input.error.message));
        return send(reply, calendars.create(request.params.userId, input.data), 201);
      });

      graph.get<{ Params: Params; Querystring: { $expand?: string } }>(
        '/users/:userId/events/:eventId',
        async (request, reply) => {
          const expand = /singleValueExtendedProperties\(\$filter=id eq '([^']+)'\)/.exec(request.query.$expand ?? '');
          return send(reply, calendars.get(request.params.userId, request.params.eventId, expand?.[1]), 200);
        },
      );

      graph.get<{ Params: Params; Querystring: { startDateTime?: string; endDateTime?: string } }>(
        '/users/:userId/events/:eventId/instances',
        async (request, reply) => {
          const { startDateTime, endDateTime } = request.query;
          if (
            !startDateTime ||
            !endDateTime ||
            Number.isNaN(Date.parse(startDateTime)) ||
            Number.isNaN(Date.parse(endDateTime))
          ) {
            return reply.code(400).send(graphErrorBody('BadRequest', 'startDateTime and endDateTime are required.'));
          }
          const instances = calendars.instances(
            request.params.userId,
            request.params.eventId,
            startDateTime,
            endDateTime,
          );
          return instances.ok
            ? { value: instances.value }
            : reply.code(instances.status).send(graphErrorBody(instances.code, instances.message));
        },
      );

      graph.patch<{ Params: Params }>('/users/:userId/events/:eventId', async (request, reply) => {
        const input = eventInput.safeParse(request.body);
        if (!input.success) return reply.code(400).send(graphErrorBody('BadRequest', input.error.message));
        return send(reply, calendars.update(request.params.userId, request.params.eventId, input.data), 200);
      });

      graph.delete<{ Params: Params }>('/users/:userId/events/:eventId', async (request, reply) => {
        return send(reply, calendars.remove(request.params.userId, request.params.eventId), 204);
      });

      graph.post<{ Params: Params }>('/users/:userId/events/:eventId/cancel', async (request, reply) => {
        return send(reply, calendars.remove(request.params.userId, request.params.eventId), 202);
      });

      graph.post('/subscriptions', async (request, reply) => {
        const input = subscriptionInput.safeParse(request.body);
        if (!input.success) return reply.code(400).send(graphErrorBody('BadRequest', input.error.message));
        return sendSubscription(reply, await subscriptions.create(input.data), 201);
      });
      graph.get('/subscriptions', async () => ({ value: subscriptions.list() }));
      graph.patch<{ Params: { id: string }; Body: { expirationDateTime?: string } }>(
        '/subscriptions/:id',
        async (request, reply) =>
          sendSubscription(reply, subscriptions.renew(request.params.id, request.body?.expirationDateTime ?? ''), 200),
      );
      graph.delete<{ Params: { id: string } }>('/subscriptions/:id', async (request, reply) =>
        sendSubscription(reply, subscriptions.remove(request.params.id), 204),
      );
      graph.post<{ Params: { id: string } }>('/subscriptions/:id/reauthorize', async (request, reply) =>
        sendSubscription(reply, subscriptions.reauthorize(request.params.id), 204),
      );

      graph.get<{
        Params: Params;
        Querystring: { startDateTime?: string; endDateTime?: string; $deltatoken?: string; $skiptoken?: string };
      }>('/users/:userId/calendarView/delta', async (request, reply) => {
        const { startDateTime, endDateTime, $deltatoken, $skiptoken } = request.query;
        const given = $deltatoken ?? $skiptoken;
        let token: DeltaToken | undefined;
        if (given !== undefined) {
          token = decodeDeltaToken(given);
          if (!token) return reply.code(400).send(graphErrorBody('BadRequest', 'The delta token is malformed.'));
          if (token.epoch !== deltaEpoch) {
            return reply
              .code(410)
              .send(graphErrorBody('SyncStateNotFound', 'The sync state is not found. A full sync is required.'));
          }
          // A fresh delta link starts a new span that ends at the changes made until now.
          if ($deltatoken !== undefined) token = { ...token, upto: calendars.changeCounter(), after: token.since };
        } else {
          const window = timeWindow(startDateTime, endDateTime);
          if (!window) return reply.code(400).send(missingWindow);
          token = { ...window, since: 0, upto: calendars.changeCounter(), after: 0, epoch: deltaEpoch };
        }
        const slice = calendars.delta(request.params.userId, token, token.since, token.upto);
        if (!slice.ok) return send(reply, slice, 200);
        const pageSize = Math.max(
          1,
          Math.min(
            defaultDeltaPageSize,
            Number(/odata\.maxpagesize=(\d+)/.exec(String(request.headers.prefer ?? ''))?.[1] ?? defaultDeltaPageSize),
          ),
        );
        // Paging by change number, not by position, so an event changed mid-read shifts nothing.
        const remaining = slice.value.filter((entry) => entry.seq > token.after);
        const page = remaining.slice(0, pageSize);
        const base = `${request.protocol}://${request.host}${request.url.split('?')[0]}`;
        const link =
          remaining.length <= pageSize
            ? {
                '@odata.deltaLink': `${base}?$deltatoken=${encodeDeltaToken({ ...token, since: token.upto, after: token.upto })}`,
              }
            : {
                '@odata.nextLink': `${base}?$skiptoken=${encodeDeltaToken({ ...token, after: page[page.length - 1]?.seq ?? token.after })}`,
              };
        const value = page.map((entry) =>
          'event' in entry
            ? entry.event
            : { '@odata.type': '#microsoft.graph.event', id: entry.removedId, '@removed': { reason: 'deleted' } },
        );
        return reply.code(200).send({ value, ...link });
      });

      graph.get<{ Params: Params; Querystring: { startDateTime?: string; endDateTime?: string } }>(
        '/users/:userId/calendarView',
        async (request, reply) => {
          const { startDateTime, endDateTime } = request.query;
          if (!startDateTime || !endDateTime || !timeWindow(startDateTime, endDateTime)) {
            return reply.code(400).send(missingWindow);
          }
          const view = calendars.view(request.params.userId, startDateTime, endDateTime);
          return view.ok ? reply.code(200).send({ value: view.value }) : send(reply, view, 200);
        },
      );
    },
    { prefix: '/v1.0' },
  );
}

/** Graph's answer to a calendar view without a usable window. */
const missingWindow = graphErrorBody(
  'ErrorInvalidParameter',
  'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
);

/** The window a calendar view's query names, as instants, when both ends parse and it is not empty. */
function timeWindow(start: string | undefined, end: string | undefined): { from: number; to: number } | undefined {
  const from = Date.parse(start ?? '');
  const to = Date.parse(end ?? '');
  return Number.isNaN(from) || Number.isNaN(to) || to <= from ? undefined : { from, to };
}

function sendSubscription<T>(reply: FastifyReply, outcome: SubscriptionOutcome<T>, status: number): FastifyReply {
  if (!outcome.ok) return reply.code(outcome.status).send(graphErrorBody(outcome.code, outcome.message));
  return outcome.value === undefined ? reply.code(status).send() : reply.code(status).send(outcome.value);
}

function send<T>(reply: FastifyReply, outcome: CalendarOutcome<T>, status: number): FastifyReply {
  if (!outcome.ok) return reply.code(outcome.status).send(graphErrorBody(outcome.code, outcome.message));
  // Graph answers a repeated transactionId with the event it already made.
  const code = outcome.created === false ? 201 : status;
  return outcome.value === undefined ? reply.code(code).send() : reply.code(code).send(outcome.value);
}
