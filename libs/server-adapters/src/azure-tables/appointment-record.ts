import { z } from 'zod';
import {
  appointmentOrigins,
  appointmentStatuses,
  openAppointmentStatuses,
  guestNoticeKinds,
  supportedLocales,
  type Appointment,
  type TeamsMeeting,
} from '@portico/domain';

// Stored data is a boundary too: rows written by an older or newer version, or by hand, are checked
// before they reach the domain.
export const teamsMeetingSchema = z.discriminatedUnion('kind', [
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

export const dialInSchema = z.object({
  tollNumber: z.string(),
  tollFreeNumber: z.string().optional(),
  conferenceId: z.string(),
});

/** The schema of the appointment JSON kept in a row's `data` column (schema version 1). */
export const appointmentRecordSchema = z.object({
  id: z.string(),
  origin: z.enum(appointmentOrigins),
  organiser: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  guests: z.array(
    z.object({
      name: z.string(),
      email: z.string(),
      locale: z.enum(supportedLocales),
      timeZone: z.string(),
      textReminders: z.object({ phone: z.string(), consentedAt: z.iso.datetime() }).optional(),
    }),
  ),
  subject: z.string(),
  note: z.string().optional(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  meeting: teamsMeetingSchema,
  dialIn: dialInSchema.optional(),
  calendarEventId: z.string().optional(),
  calendarSeriesId: z.string().optional(),
  calendarVersion: z.object({ changeKey: z.string(), lastModifiedAt: z.iso.datetime({ offset: true }) }).optional(),
  calendarNotices: z.array(z.object({ kind: z.enum(guestNoticeKinds), change: z.string() })).optional(),
  status: z.enum(appointmentStatuses),
  linkGeneration: z.number().int().min(0).optional(),
  cancelledFrom: z
    .object({
      status: z.enum(openAppointmentStatuses),
      linkGeneration: z.number().int().min(0),
      cancelledAt: z.iso.datetime(),
      undoableUntil: z.iso.datetime(),
    })
    .optional(),
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
  walkIn: z
    .object({
      deskId: z.string(),
      checkedInAt: z.iso.datetime(),
      takenAt: z.iso.datetime().optional(),
      takenBy: z.string().optional(),
    })
    .optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}) satisfies z.ZodType<Appointment>;

export const appointmentSchemaVersion = 1;
