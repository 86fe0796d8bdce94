import { HttpRequest, InvocationContext } from '@azure/functions';
import { NotificationClientStates, type CalendarSyncMessage } from '@portico/server-adapters';
import { receiveGraphNotifications } from './receive-graph-notifications';

const clientStates = new NotificationClientStates('test-key-for-client-states-0123456789');
const subscriptions = new Map([
  ['sub-ada', { userId: 'ada', clientStateNonce: 'nonce-a' }],
  ['sub-sam', { userId: 'sam', clientStateNonce: 'nonce-s' }],
]);

function webhook() {
  const queued: CalendarSyncMessage[] = [];
  const lookups: string[] = [];
  const handler = receiveGraphNotifications(
    {
      syncedCalendars: {
        findSubscription: async (id: string) => {
          lookups.push(id);
          return subscriptions.get(id);
        },
      },
      clientStates,
      calendarSyncQueue: { enqueue: async (message) => void queued.push(message) },
    },
    'change',
  );
  const deliver = (value: unknown[]) =>
    handler(
      new HttpRequest({
        method: 'POST',
        url: 'http://127.0.0.1/api/calendar-sync/notifications',
        body: { string: JSON.stringify({ value }) },
      }),
      new InvocationContext(),
    );
  return { deliver, queued, lookups };
}

const change = (subscriptionId: string, userId: string, eventId: string) => ({
  subscriptionId,
  clientState: clientStates.clientStateFor(userId, subscriptions.get(subscriptionId)?.clientStateNonce ?? ''),
  changeType: 'updated',
  resourceData: { id: eventId },
});

describe('receiveGraphNotifications', () => {
  it("queues a delivery's changes as one message per 20 events of a calendar, each event once", async () => {
    const { deliver, queued, lookups } = webhook();
    const burst = [
      ...Array.from({ length: 45 }, (_, i) => change('sub-ada', 'ada', `event-${i}`)),
      change('sub-ada', 'ada', 'event-3'),
      change('sub-sam', 'sam', 'sam-event'),
    ];
    expect((await deliver(burst)).status).toBe(202);
    expect(queued.map((m) => (m.type === 'events' ? [m.userId, m.eventIds.length] : m.type))).toEqual([
      ['ada', 20],
      ['ada', 20],
      ['ada', 5],
      ['sam', 1],
    ]);
    const adaEvents = queued.flatMap((m) => (m.type === 'events' && m.userId === 'ada' ? m.eventIds : []));
    expect(new Set(adaEvents).size).toBe(45);
    // One lookup per subscription, however many of its notifications the delivery holds.
    expect(lookups.sort()).toEqual(['sub-ada', 'sub-sam']);
  });

  it('leaves out notifications whose clientState does not prove them, and refuses a delivery of only those', async () => {
    const { deliver, queued } = webhook();
    const forged = { ...change('sub-ada', 'ada', 'forged'), clientState: 'not-the-secret' };
    expect((await deliver([forged, change('sub-sam', 'sam', 'real')])).status).toBe(202);
    expect(queued).toEqual([{ type: 'events', userId: 'sam', eventIds: ['real'] }]);
    expect((await deliver([forged])).status).toBe(403);
  });
});
