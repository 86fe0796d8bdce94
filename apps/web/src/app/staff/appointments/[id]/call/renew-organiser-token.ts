'use server';

import { staffRelayMeeting } from '../../../../../meeting-relay/staff-relay-meeting';

/** A fresh organiser token for the staff member's own appointment (local mode); undefined otherwise. */
export async function renewOrganiserToken(appointmentId: string): Promise<string | undefined> {
  const meeting = await staffRelayMeeting(appointmentId, 'en');
  return meeting?.relay.organiserToken(meeting.staff, meeting.appointment.joinUrl);
}
