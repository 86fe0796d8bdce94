'use server';

import { staffRelayMeeting } from '@/local-stand-ins/meeting-relay/staff-relay-meeting';

/** A fresh organiser token for the staff member's own appointment (local mode); undefined otherwise. */
export async function renewOrganiserToken(appointmentId: string): Promise<string | undefined> {
  // Callable by anyone with any argument: only a plausible id goes further.
  if (typeof appointmentId !== 'string' || appointmentId.length > 512) return undefined;
  const meeting = await staffRelayMeeting(appointmentId, 'en');
  return meeting?.relay.organiserToken(meeting.staff, meeting.appointment.locator);
}
