import Fastify from 'fastify';
import { EmailOutbox } from './email/email-outbox';
import { emailRoutes } from './email/email-routes';
import { GraphCalendars } from './graph/graph-calendars';
import { GraphFaults } from './graph/graph-faults';
import { graphRoutes } from './graph/graph-routes';
import { GraphSubscriptions } from './graph/graph-subscriptions';
import { NotificationDelivery } from './graph/notification-delivery';
import { identityRoutes } from './identity/identity-routes';
import { TokenLifetimeOverride, tokenLifetimeRoutes } from './identity/token-lifetime-override';
import { MeetingRelay } from './relay/meeting-relay';
import { chatImageRoutes } from './relay/chat-image-routes';
import { relayRoutes } from './relay/relay-routes';
import { SmsOutbox } from './sms/sms-outbox';
import { smsRoutes } from './sms/sms-routes';

export interface RunningEmulators {
  readonly url: string;
  /** The emulated calendars, for tests that look behind the API. */
  readonly calendars: GraphCalendars;
  /** The e-mails the ACS Email stand-in accepted. */
  readonly outbox: EmailOutbox;
  /** The text messages the ACS SMS stand-in accepted. */
  readonly smsOutbox: SmsOutbox;
  close(): Promise<void>;
}

export interface EmulatorOptions {
  readonly port: number;
  readonly acsAccessKey: string;
}

const emulators = ['graph', 'email', 'sms', 'identity', 'relay'] as const;

/**
 * The local stand-ins on one loopback HTTP server: Microsoft Graph's calendar subset, ACS Email,
 * ACS SMS, ACS identity, and the meeting relay that local calls run through.
 */
export async function startEmulators({ port, acsAccessKey }: EmulatorOptions): Promise<RunningEmulators> {
  const calendars = new GraphCalendars();
  const faults = new GraphFaults();
  const delivery = new NotificationDelivery();
  const subscriptions = new GraphSubscriptions(delivery, (userId) => calendars.member(userId)?.id);
  calendars.onChange((change) => subscriptions.notify(change));
  const outbox = new EmailOutbox();
  const app = Fastify({ logger: false });
  app.get('/health', async () => ({ status: 'ok', emulators }));
  await app.register(graphRoutes, { prefix: '/graph', calendars, faults, subscriptions, delivery });
  await app.register(emailRoutes, { outbox, accessKey: acsAccessKey });
  const smsOutbox = new SmsOutbox();
  await app.register(smsRoutes, { outbox: smsOutbox, accessKey: acsAccessKey });
  const lifetimeOverride = new TokenLifetimeOverride();
  await app.register(identityRoutes, { accessKey: acsAccessKey, lifetimeOverride });
  await app.register(tokenLifetimeRoutes, { override: lifetimeOverride });
  const relay = new MeetingRelay(acsAccessKey);
  await app.register(relayRoutes, { relay });
  await app.register(chatImageRoutes, { relay });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: { code: 'NotFound', message: `No emulator serves ${request.method} ${request.url.split('?')[0]}` },
    }),
  );
  const address = await app.listen({ port, host: '127.0.0.1' });
  return { url: address, calendars, outbox, smsOutbox, close: () => app.close() };
}
