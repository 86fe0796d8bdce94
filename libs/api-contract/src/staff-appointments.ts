import { z } from 'zod';
import {
  appointmentLimits,
  appointmentOrigins,
  appointmentStatuses,
  isTimeZone,
  maxMeetingLinkLength,
  supportedLocales,
} from '@portico/domain';
import { meetingLocatorSchema } from './join-ticket';
import { oneLine, severalLines } from './person-text';

const guest = z.object({
  name: oneLine(appointmentLimits.maxGuestNameLength).pipe(z.string().trim().min(1)),
  email: z.email().max(254),
  locale: z.enum(supportedLocales),
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone'),
  /**
   * The guest's mobile number for text-message reminders, given only with their consent. The
   * Functions app checks it against the numbering plans and keeps it as E.164.
   */
  textReminders: z.object({ phone: z.string().trim().min(1).max(32) }).optional(),
});

const when = {
  startsAt: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().min(5).max(appointmentLimits.maxDurationMinutes),
};

/** Staff create an appointment; Portico makes the Teams meeting in their calendar. */
export const createAppointmentRequestSchema = z.object({
  guest,
  subject: oneLine(appointmentLimits.maxSubjectLength),
  note: severalLines(appointmentLimits.maxNoteLength).optional(),
  ...when,
});

/** Staff import a Teams meeting that already exists, by pasting its link. */
export const importAppointmentRequestSchema = createAppointmentRequestSchema.extend({
  meetingLink: z.string().max(maxMeetingLinkLength),
});

export const rescheduleAppointmentRequestSchema = z.object(when);

/** An appointment as its organiser sees it, with the version a change must name. */
export const staffAppointmentViewSchema = z.object({
  id: z.string(),
  etag: z.string(),
  origin: z.enum(appointmentOrigins),
  subject: z.string(),
  note: z.string().optional(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  status: z.enum(appointmentStatuses),
  /** For a cancellation its organiser made: until when they may undo it (perhaps already past). */
  undoCancelUntil: z.iso.datetime().optional(),
  guests: z.array(guest),
  /** How to join: the meeting's link, or (for a meeting given by ID) its ID and passcode, never a made-up link. */
  locator: meetingLocatorSchema,
  /** What guests said after their call. */
  feedback: z.array(
    z.object({
      guestName: z.string(),
      rating: z.number().int(),
      comment: z.string().optional(),
      givenAt: z.iso.datetime(),
    }),
  ),
});

export const staffAppointmentListSchema = z.object({ appointments: z.array(staffAppointmentViewSchema) });

export type CreateAppointmentRequest = z.infer<typeof createAppointmentRequestSchema>;
export type ImportAppointmentRequest = z.infer<typeof importAppointmentRequestSchema>;
export type RescheduleAppointmentRequest = z.infer<typeof rescheduleAppointmentRequestSchema>;
export type StaffAppointmentView = z.infer<typeof staffAppointmentViewSchema>;
export type StaffAppointmentList = z.infer<typeof staffAppointmentListSchema>;
