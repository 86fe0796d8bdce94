import type { HttpHandler, HttpRequest, HttpResponseInit } from '@azure/functions';
import { porticoError } from '@portico/domain';
import { maxEventsPerMessage, type CalendarSyncMessage } from '@portico/server-adapters';
import { z } from 'zod';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';

type Deps = Pick<FunctionDependencies, 'clientStates' | 'calendarSyncQueue'> & {
  readonly syncedCalendars: Pick<FunctionDependencies['syncedCalendars'], 'findSubscription'>;
};
type SubscriptionOwner = NonNullable<Awaited<ReturnType<Deps['syncedCalendars']['findSubscription']>>>;

/** Longest validation token echoed back; Graph's are far shorter. */
const maxValidationTokenLength = 1024;
/** Most notifications Graph puts in one delivery is 1,000. */
const maxBatch = 1000;

const changeNotifications = z.object({
  value: z
    .array(
      z.object({
        subscriptionId: z.string().min(1).max(200),
        clientState: z.string().max(128).nullish(),
        changeType: z.enum(['created', 'updated', 'deleted']),
        resourceData: z.object({ id: z.string().min(1).max(512) }),
      }),
    )
    .min(1)
    .max(maxBatch),
});

const lifecycleNotifications = z.object({
  value: z
    .array(
      z.object({
        subscriptionId: z.string().min(1).max(200),
        clientState: z.string().max(128).nullish(),
        lifecycleEvent: z.enum(['reauthorizationRequired', 'subscriptionRemoved', 'missed']),
      }),
    )
    .min(1)
    .max(maxBatch),
});

/**
 * Graph's notification endpoints. The validation handshake is answered at once in plain text. Each
 * notification in a delivery is proven on its own: it must name a subscription Portico holds and
 * carry that subscription's `clientState` (compared in constant time). The proven ones are queued and
 * the answer is 202, with the work left to the queue worker; the others are dropped, because Graph
 * batches notifications of different subscriptions and one stale subscription must not lose the
 * rest (Graph would retry the whole delivery for hours). A delivery with nothing proven is refused.
 * A delivery's changed events of one calendar go in as few messages as hold them (20 each, what one
 * Graph batch reads), so a burst costs a few queue writes, not one per change, and the answer stays
 * fast.
 */
export function receiveGraphNotifications(deps: Deps, kind: 'change' | 'lifecycle'): HttpHandler {
  return async (request) => {
    const validationToken = request.query.get('validationToken');
    if (validationToken !== null) return answerValidation(validationToken, request);
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      body = undefined;
    }
    const messages =
      kind === 'change'
        ? await changeMessages(deps, body)
        : await provenMessages(deps, lifecycleNotifications, body, (userId, proven) =>
            proven.map((notification) => ({
              type: 'lifecycle',
              userId,
              subscriptionId: notification.subscriptionId,
              lifecycleEvent: notification.lifecycleEvent,
            })),
          );
    if (messages === 'invalid')
      return problemResponse(porticoError('request.invalid', { issues: 'notification body' }), request);
    if (messages.length === 0) return problemResponse(porticoError('calendar-sync.notification-refused'), request);
    await Promise.all(messages.map((message) => deps.calendarSyncQueue.enqueue(message)));
    return { status: 202 };
  };
}

function answerValidation(token: string, request: HttpRequest): HttpResponseInit {
  if (token.length === 0 || token.length > maxValidationTokenLength) {
    return problemResponse(porticoError('request.invalid', { issues: 'validationToken' }), request);
  }
  return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: token };
}

/** The changed events of a delivery, each event once, in messages of up to 20 per calendar. */
function changeMessages(deps: Deps, body: unknown): Promise<CalendarSyncMessage[] | 'invalid'> {
  return provenMessages(deps, changeNotifications, body, (userId, proven) => {
    const eventIds = [...new Set(proven.map((notification) => notification.resourceData.id))];
    const messages: CalendarSyncMessage[] = [];
    for (let start = 0; start < eventIds.length; start += maxEventsPerMessage) {
      messages.push({ type: 'events', userId, eventIds: eventIds.slice(start, start + maxEventsPerMessage) });
    }
    return messages;
  });
}

/** The user whose subscription sent this, if the subscription is Portico's and the secret matches. */
async function provenUser(
  subscription: SubscriptionOwner | undefined,
  clientState: string | null | undefined,
  clientStates: Deps['clientStates'],
): Promise<string | undefined> {
  if (!subscription || !clientState) return undefined;
  return clientStates.matches(clientState, subscription.userId, subscription.clientStateNonce)
    ? subscription.userId
    : undefined;
}

/**
 * The queue messages for a delivery: the proven notifications of each user turned into messages
 * (unproven ones left out), or `invalid` when the body is not a delivery at all. Each subscription
 * is looked up once per delivery, however many of its notifications the delivery holds.
 */
async function provenMessages<N extends { subscriptionId: string; clientState?: string | null | undefined }>(
  deps: Deps,
  schema: z.ZodType<{ value: N[] }>,
  body: unknown,
  toMessages: (userId: string, proven: readonly N[]) => CalendarSyncMessage[],
): Promise<CalendarSyncMessage[] | 'invalid'> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return 'invalid';
  const subscriptions = new Map<string, Promise<SubscriptionOwner | undefined>>();
  const byUser = new Map<string, N[]>();
  for (const notification of parsed.data.value) {
    let subscription = subscriptions.get(notification.subscriptionId);
    if (!subscription) {
      subscription = deps.syncedCalendars.findSubscription(notification.subscriptionId);
      subscriptions.set(notification.subscriptionId, subscription);
    }
    const userId = await provenUser(await subscription, notification.clientState, deps.clientStates);
    if (!userId) continue;
    const proven = byUser.get(userId);
    if (proven) proven.push(notification);
    else byUser.set(userId, [notification]);
  }
  return [...byUser].flatMap(([userId, proven]) => toMessages(userId, proven));
}
