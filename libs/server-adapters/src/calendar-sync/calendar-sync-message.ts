import { z } from 'zod';

/**
 * A unit of work on the calendar-notifications queue: one changed event, one lifecycle event of a
 * subscription, or a catch-up of a whole calendar with the delta query.
 */
export const calendarSyncMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('event'),
    userId: z.string().min(1).max(200),
    eventId: z.string().min(1).max(512),
    changeType: z.enum(['created', 'updated', 'deleted']),
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
