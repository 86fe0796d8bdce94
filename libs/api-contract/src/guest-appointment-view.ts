import { z } from 'zod';
import { appointmentStatuses, isTimeZone } from '@portico/domain';

/** One appointment as a guest may see it: no other guest, no organiser e-mail, no meeting link. */
export const guestAppointmentViewSchema = z.object({
  id: z.string(),
  subject: z.string(),
  organiserName: z.string(),
  /** The organiser's message to the guest, as in the invitation. */
  note: z.string().optional(),
  /** How to join the audio by phone, when the meeting has audio conferencing. */
  dialIn: z
    .object({ tollNumber: z.string(), tollFreeNumber: z.string().optional(), conferenceId: z.string() })
    .optional(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone'),
  status: z.enum(appointmentStatuses),
  join: z.union([
    z.object({ open: z.literal(true), closesAt: z.iso.datetime() }),
    z.object({ open: z.literal(false), reason: z.literal('not-yet-open'), opensAt: z.iso.datetime() }),
    z.object({ open: z.literal(false), reason: z.enum(['closed', 'cancelled']) }),
  ]),
  /**
   * For a walk-in: the guest's place in the queue (1 is next) while waiting, else null; `taken` once
   * staff have taken them from it.
   */
  walkIn: z.object({ position: z.number().int().positive().nullable(), taken: z.boolean() }).optional(),
});

export type GuestAppointmentView = z.infer<typeof guestAppointmentViewSchema>;

export const guestAppointmentListSchema = z.object({
  appointments: z.array(guestAppointmentViewSchema),
});

export type GuestAppointmentList = z.infer<typeof guestAppointmentListSchema>;

/** An appointment's calendar file (iCalendar text), for the guest to download. */
export const calendarFileSchema = z.object({ fileName: z.string(), contentType: z.string(), content: z.string() });

export type CalendarFile = z.infer<typeof calendarFileSchema>;
