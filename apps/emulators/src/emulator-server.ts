import Fastify from 'fastify';
import { GraphCalendars } from './graph/graph-calendars';
import { GraphFaults } from './graph/graph-faults';
import { graphRoutes } from './graph/graph-routes';

export interface RunningEmulators {
  readonly url: string;
  /** The emulated calendars, for tests that look behind the API. */
  readonly calendars: GraphCalendars;
  close(): Promise<void>;
}

const emulators = ['graph'] as const;

/** The local stand-ins on one loopback HTTP server: today Microsoft Graph's calendar subset. */
export async function startEmulators(port: number): Promise<RunningEmulators> {
  const calendars = new GraphCalendars();
  const faults = new GraphFaults();
  const app = Fastify({ logger: false });
  app.get('/health', async () => ({ status: 'ok', emulators }));
  await app.register(graphRoutes, { prefix: '/graph', calendars, faults });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: { code: 'NotFound', message: `No emulator serves ${request.method} ${request.url.split('?')[0]}` },
    }),
  );
  const address = await app.listen({ port, host: '127.0.0.1' });
  return { url: address, calendars, close: () => app.close() };
}
