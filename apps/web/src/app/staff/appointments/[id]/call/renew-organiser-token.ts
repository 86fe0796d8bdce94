'use server';

import { webApp } from '../../../../../composition-root';
import { currentStaff } from '../../../../../staff-auth/current-staff';

/** A fresh organiser token for the staff member's own appointment (local mode); undefined otherwise. */
export async function renewOrganiserToken(appointmentId: string): Promise<string | undefined> {
  const { functionsApi, meetingRelay } = webApp();
  const staff = await currentStaff();
  if (!staff || !meetingRelay) return undefined;
  const appointment = await functionsApi.getStaffAppointment(staff, appointmentId, 'en');
  return appointment.ok ? meetingRelay.organiserToken(staff, appointment.value.joinUrl) : undefined;
}
