import type { HttpHandler, HttpRequest, HttpResponseInit } from '@azure/functions';
import { porticoError } from '@portico/domain';
import type { CalendarSyncMessage } from '@portico/server-adapters';
import { z } from 'zod';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';

type Deps = Pick<FunctionDependencies, 'syncedCalendars' | 'clientStates' | 'calendarSyncQueue'>;

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
        ? await provenMessages(deps, changeNotifications, body, (notification, userId) => ({
            type: 'event',
            userId,
            eventId: notification.resourceData.id,
            changeType: notification.changeType,
          }))
        : await provenMessages(deps, lifecycleNotifications, body, (notification, userId) => ({
            type: 'lifecycle',
            userId,
            subscriptionId: notification.subscriptionId,
            lifecycleEvent: notification.lifecycleEvent,
          }));
    if (messages === 'invalid')
      return problemResponse(porticoError('request.invalid', { issues: 'notification body' }), request);
    if (messages.length === 0) return problemResponse(porticoError('calendar-sync.notification-refused'), request);
    for (const message of messages) await deps.calendarSyncQueue.enqueue(message);
    return { status: 202 };
  };
}

function answerValidation(token: string, request: HttpRequest): HttpResponseInit {
  if (token.length === 0 || token.length > maxValidationTokenLength) {
    return problemResponse(porticoError('request.invalid', { issues: 'validationToken' }), request);
  }
  return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: token };
}

/** The user whose subscription sent this, if the subscription is Portico's and the secret matches. */
async function provenUser(
  deps: Deps,
  subscriptionId: string,
  clientState: string | null | undefined,
): Promise<string | undefined> {
  const subscription = await deps.syncedCalendars.findSubscription(subscriptionId);
  if (!subscription || !clientState) return undefined;
  return deps.clientStates.matches(clientState, subscription.userId, subscription.clientStateNonce)
    ? subscription.userId
    : undefined;
}

/**
 * The queue messages for a delivery: each proven notification turned into a message for its user
 * (unproven ones left out), or `invalid` when the body is not a delivery at all.
 */
async function provenMessages<N extends { subscriptionId: string; clientState?: string | null | undefined }>(
  deps: Deps,
  schema: z.ZodType<{ value: N[] }>,
  body: unknown,
  toMessage: (notification: N, userId: string) => CalendarSyncMessage,
): Promise<CalendarSyncMessage[] | 'invalid'> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) return 'invalid';
  const messages: CalendarSyncMessage[] = [];
  for (const notification of parsed.data.value) {
    const userId = await provenUser(deps, notification.subscriptionId, notification.clientState);
    if (userId) messages.push(toMessage(notification, userId));
  }
  return messages;
}
