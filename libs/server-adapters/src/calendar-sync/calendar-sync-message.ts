import { z } from 'zod';

/**
 * Changed events of one calendar that travel in one message: as many as one Graph JSON batch reads,
 * and well inside a queue message's 64 KiB.
 */
export const maxEventsPerMessage = 20;

/**
 * A unit of work on the calendar-notifications queue: changed events of one calendar (from one
 * delivery of notifications), one lifecycle event of a subscription, or a catch-up of a whole
 * calendar with the delta query.
 */
export const calendarSyncMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('events'),
    userId: z.string().min(1).max(200),
    eventIds: z.array(z.string().min(1).max(512)).min(1).max(maxEventsPerMessage),
  }),
  z.object({
    type: z.literal('lifecycle'),
    userId: z.string().min(1).max(200),
    subscriptionId: z.string().min(1).max(200),
    lifecycleEvent: z.enum(['reauthorizationRequired', 'subscriptionRemoved', 'missed']),
  }),
  z.object({ type: z.literal('catch-up'), userId: z.string().min(1).max(200) }),
]);

export type CalendarSyncMessage = z.infer<typeof calendarSyncMessageSchema>;

/** The queue's name wherever Portico runs; infrastructure creates it (and its poison queue) in Azure. */
export const calendarNotificationsQueueName = 'calendar-notifications';
