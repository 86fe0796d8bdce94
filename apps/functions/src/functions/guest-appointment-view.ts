import { findGuest, joinWindow, type Appointment, type JoinPurpose, type JoinWindowPolicy } from '@portico/domain';
import type { GuestAppointmentView } from '@portico/api-contract';

/**
 * What one guest may see of an appointment they are on: their own time zone, no one else's data, and
 * their join window (with the rejoin grace if they were in the call).
 */
export function toGuestAppointmentView(
  appointment: Appointment,
  guestEmail: string,
  now: Date,
  policy: JoinWindowPolicy,
  purpose: Extract<JoinPurpose, 'join' | 'rejoin'> = 'join',
  /** For a walk-in: the guest's place in the queue, or undefined once taken. */
  queuePosition?: number,
): GuestAppointmentView {
  const guest = findGuest(appointment, guestEmail);
  return {
    id: appointment.id,
    subject: appointment.subject,
    organiserName: appointment.organiser.name,
    ...(appointment.note === undefined ? {} : { note: appointment.note }),
    ...(appointment.dialIn === undefined ? {} : { dialIn: appointment.dialIn }),
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    timeZone: guest?.timeZone ?? 'UTC',
    status: appointment.status,
    join: joinWindow(appointment, now, policy, purpose),
    ...(appointment.walkIn
      ? { walkIn: { position: queuePosition ?? null, taken: appointment.walkIn.takenAt !== undefined } }
      : {}),
  };
}
