import { z } from 'zod';
import { appointmentLimits, supportedLocales, walkInDeskLimits, walkInDeskStatuses } from '@portico/domain';
import { oneLine } from './person-text';

/** Staff open their walk-in desk (or open it again) under a name guests read, with the colleagues who take guests too. */
export const openWalkInDeskRequestSchema = z.object({
  name: oneLine(walkInDeskLimits.maxNameLength),
  members: z.array(z.string().max(254)).max(walkInDeskLimits.maxMembers).default([]),
});

const queueEntry = z.object({ appointmentId: z.string(), guestName: z.string(), checkedInAt: z.iso.datetime() });

/** A staff member's desk: its public id, state, the queue, and the guests taken today, latest first. */
export const walkInDeskViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Who runs it; and the colleagues, by work e-mail address, who take guests too. */
  organiserName: z.string(),
  members: z.array(z.string()),
  status: z.enum(walkInDeskStatuses),
  /** The local day of the Teams meeting guests join now, if the desk has one. */
  meetingDay: z.string().nullable(),
  queue: z.array(queueEntry),
  taken: z.array(queueEntry.extend({ takenAt: z.iso.datetime(), takenBy: z.string() })),
});

/** What the public check-in page shows of a desk. */
export const publicWalkInDeskViewSchema = z.object({
  name: z.string(),
  organiserName: z.string(),
  open: z.boolean(),
});

/** A guest checks in: the name everyone in the meeting will see, an address for the link, a language. */
export const walkInCheckInRequestSchema = z.object({
  name: oneLine(appointmentLimits.maxGuestNameLength).pipe(z.string().trim().min(1)),
  email: z.email().max(254),
  locale: z.enum(supportedLocales),
});

/** The on-demand appointment a check-in made, for the guest's session, and their place in the queue. */
export const walkInCheckInViewSchema = z.object({
  appointmentId: z.string(),
  email: z.string(),
  position: z.number().int().positive(),
});

/** The team desks a staff member takes guests at. */
export const teamWalkInDesksViewSchema = z.object({ desks: z.array(walkInDeskViewSchema) });

export type WalkInDeskView = z.infer<typeof walkInDeskViewSchema>;
export type TeamWalkInDesksView = z.infer<typeof teamWalkInDesksViewSchema>;
export type PublicWalkInDeskView = z.infer<typeof publicWalkInDeskViewSchema>;
export type WalkInCheckInRequest = z.infer<typeof walkInCheckInRequestSchema>;
export type WalkInCheckInView = z.infer<typeof walkInCheckInViewSchema>;
