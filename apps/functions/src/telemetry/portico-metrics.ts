import { metrics, type Meter } from '@opentelemetry/api';
import type { QueueClient } from '@azure/storage-queue';

const meter = (): Meter => metrics.getMeter('portico-functions');

function makeCounters(from: Meter) {
  return {
    joins: from.createCounter('portico.joins', { description: 'Join tickets issued to guests' }),
    refusals: from.createCounter('portico.refusals', { description: 'Requests refused, by error code' }),
    calendarMessages: from.createCounter('portico.calendar.messages', {
      description: 'Calendar sync messages processed',
    }),
  };
}

// The meter is looked up on each use (the metrics API has no proxy, so a provider set after start-up
// must still be found); its counters are made once per meter.
const countersByMeter = new WeakMap<Meter, ReturnType<typeof makeCounters>>();
function counters(): ReturnType<typeof makeCounters> {
  const current = meter();
  let made = countersByMeter.get(current);
  if (!made) {
    made = makeCounters(current);
    countersByMeter.set(current, made);
  }
  return made;
}

/** The metrics operators watch; each dimension is a code or a kind, never anything about a person. */
export const porticoMetrics = {
  /** A guest was given a join ticket (a join begins). */
  joinTicketIssued(): void {
    counters().joins.add(1);
  },
  /** A request was refused with a problem: by its stable error code. */
  refused(code: string, functionName: string): void {
    counters().refusals.add(1, { 'portico.error_code': code, 'faas.name': functionName });
  },
  /** A calendar sync message was processed: by its type (event, lifecycle, catch-up). */
  calendarMessageProcessed(type: string): void {
    counters().calendarMessages.add(1, { 'portico.message_type': type });
  },
};

/**
 * Reports each poison queue's depth as `portico.queue.poison_depth` whenever metrics are collected,
 * for the alert in infra/modules/alerts.bicep.
 */
export function observePoisonQueues(queues: readonly { readonly name: string; readonly client: QueueClient }[]): void {
  meter()
    .createObservableGauge('portico.queue.poison_depth', { description: 'Messages waiting in a poison queue' })
    .addCallback(async (result) => {
      for (const queue of queues) {
        const properties = await queue.client.getProperties().catch(() => undefined);
        if (properties) result.observe(properties.approximateMessagesCount ?? 0, { queue: queue.name });
      }
    });
}
