import { z } from 'zod';
import { errorCodes } from '@portico/domain';

/** Staff turn the sync of their own calendar on or off. */
export const calendarSyncRequestSchema = z.object({ enabled: z.boolean() });

export type CalendarSyncRequest = z.infer<typeof calendarSyncRequestSchema>;

/** What staff see of their calendar sync. */
export const calendarSyncViewSchema = z.object({
  enabled: z.boolean(),
  /** When the current change-notification subscription runs out (renewed before then). */
  subscriptionExpiresAt: z.iso.datetime().nullable(),
  /** When the delta backstop last read the calendar through. */
  lastSyncedAt: z.iso.datetime().nullable(),
  /** The last problem sync met, as an error code, with when. */
  problem: z.object({ code: z.enum(errorCodes), at: z.iso.datetime() }).nullable(),
});

export type CalendarSyncView = z.infer<typeof calendarSyncViewSchema>;
