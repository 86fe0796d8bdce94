import { z } from 'zod';
import {
  appointmentOrigins,
  appointmentStatuses,
  guestNoticeKinds,
  supportedLocales,
  type Appointment,
  type TeamsMeeting,
} from '@portico/domain';

// Stored data is a boundary too: rows written by an older or newer version, or by hand, are checked
// before they reach the domain.
const teamsMeetingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('thread'),
    threadId: z.string(),
    messageId: z.string(),
    tenantId: z.string(),
    organizerId: z.string(),
  }),
  z.object({ kind: z.literal('meeting-id'), meetingId: z.string(), passcode: z.string() }),
  z.object({ kind: z.literal('meet-link'), meetingId: z.string(), linkPasscode: z.string() }),
]) satisfies z.ZodType<TeamsMeeting>;

/** The schema of the appointment JSON kept in a row's `data` column (schema version 1). */
export const appointmentRecordSchema = z.object({
  id: z.string(),
  origin: z.enum(appointmentOrigins),
  organiser: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  guests: z.array(
    z.object({ name: z.string(), email: z.string(), locale: z.enum(supportedLocales), timeZone: z.string() }),
  ),
  subject: z.string(),
  note: z.string().optional(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  meeting: teamsMeetingSchema,
  dialIn: z
    .object({ tollNumber: z.string(), tollFreeNumber: z.string().optional(), conferenceId: z.string() })
    .optional(),
  calendarEventId: z.string().optional(),
  calendarSeriesId: z.string().optional(),
  calendarVersion: z.object({ changeKey: z.string(), lastModifiedAt: z.iso.datetime({ offset: true }) }).optional(),
  calendarNotices: z.array(z.object({ kind: z.enum(guestNoticeKinds), change: z.string() })).optional(),
  status: z.enum(appointmentStatuses),
  linkGeneration: z.number().int().min(0).optional(),
  feedback: z
    .array(
      z.object({
        guestEmail: z.string(),
        rating: z.number().int().min(1).max(5),
        comment: z.string().optional(),
        givenAt: z.iso.datetime(),
      }),
    )
    .optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}) satisfies z.ZodType<Appointment>;

export const appointmentSchemaVersion = 1;
