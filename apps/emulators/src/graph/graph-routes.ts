import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { CalendarOutcome, GraphCalendars } from './graph-calendars';
import { graphErrorBody } from './graph-error';
import type { GraphFaults } from './graph-faults';

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
});
const faultInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    status: z.union([z.literal(429), z.literal(503)]),
    retryAfterSeconds: z.number().int().min(0).max(60).optional(),
    times: z.number().int().min(1).max(100),
  }),
  z.object({
    kind: z.literal('delay'),
    delayMs: z.number().int().min(1).max(30_000),
    times: z.number().int().min(1).max(100),
  }),
]);

type Params = { userId: string; eventId: string };

/**
 * The subset of Microsoft Graph v1.0 that Portico calls, with Graph's paths, JSON, status codes and
 * error bodies, under `/graph/v1.0`. `/graph/_faults` switches failures on for tests.
 */
export async function graphRoutes(
  app: FastifyInstance,
  { calendars, faults }: { calendars: GraphCalendars; faults: GraphFaults },
): Promise<void> {
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

  app.register(
    async (graph) => {
      graph.addHook('onRequest', async (request, reply) => {
        // The Graph SDK sends tokens only to https hosts; a token that is sent must still look like one.
        const authorization = request.headers.authorization;
        if (authorization !== undefined && !/^Bearer \S+$/.test(authorization)) {
          return reply.code(401).send(graphErrorBody('InvalidAuthenticationToken', 'Access token is empty.'));
        }
        const fault = faults.next();
        if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        if (fault?.kind === 'status') {
          if (fault.retryAfterSeconds !== undefined) reply.header('retry-after', String(fault.retryAfterSeconds));
          const code = fault.status === 429 ? 'TooManyRequests' : 'ServiceNotAvailable';
          return reply.code(fault.status).send(graphErrorBody(code, 'Injected by the Graph emulator.'));
        }
        return undefined;
      });

      graph.get('/users', async () => ({
        value: calendars.users().map(({ id, displayName, mail }) => ({ id, displayName, mail })),
      }));

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

      graph.get<{ Params: Params; Querystring: { startDateTime?: string; endDateTime?: string } }>(
        '/users/:userId/calendarView',
        async (request, reply) => {
          const { startDateTime, endDateTime } = request.query;
          if (
            !startDateTime ||
            !endDateTime ||
            Number.isNaN(Date.parse(startDateTime)) ||
            Number.isNaN(Date.parse(endDateTime))
          ) {
            return reply
              .code(400)
              .send(
                graphErrorBody(
                  'ErrorInvalidParameter',
                  'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
                ),
              );
          }
          const view = calendars.view(request.params.userId, startDateTime, endDateTime);
          return view.ok ? reply.code(200).send({ value: view.value }) : send(reply, view, 200);
        },
      );
    },
    { prefix: '/v1.0' },
  );
}

function send<T>(reply: FastifyReply, outcome: CalendarOutcome<T>, status: number): FastifyReply {
  if (!outcome.ok) return reply.code(outcome.status).send(graphErrorBody(outcome.code, outcome.message));
  // Graph answers a repeated transactionId with the event it already made.
  const code = outcome.created === false ? 201 : status;
  return outcome.value === undefined ? reply.code(code).send() : reply.code(code).send(outcome.value);
}
