import { z } from 'zod';

/** One appointment as a guest may see it: no other guest, no organiser e-mail, no meeting link. */
export const guestAppointmentViewSchema = z.object({
  id: z.string(),
  subject: z.string(),
  organiserName: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  timeZone: z.string(),
  status: z.enum(['scheduled', 'rescheduled', 'cancelled', 'ended']),
  join: z.union([
    z.object({ open: z.literal(true), closesAt: z.iso.datetime() }),
    z.object({ open: z.literal(false), reason: z.literal('not-yet-open'), opensAt: z.iso.datetime() }),
    z.object({ open: z.literal(false), reason: z.enum(['closed', 'cancelled']) }),
  ]),
});

export type GuestAppointmentView = z.infer<typeof guestAppointmentViewSchema>;

export const guestAppointmentListSchema = z.object({
  appointments: z.array(guestAppointmentViewSchema),
});

export type GuestAppointmentList = z.infer<typeof guestAppointmentListSchema>;
