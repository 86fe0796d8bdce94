import 'server-only';
import type { AppointmentOrganiser, Locale } from '@portico/domain';
import type { StaffAppointmentView } from '@portico/api-contract';
import { webApp } from '@/composition-root';
import { currentStaff } from '@/staff-auth/current-staff';
import type { LocalMeetingRelay } from './local-meeting-relay';

export interface StaffRelayMeeting {
  readonly staff: AppointmentOrganiser;
  readonly relay: LocalMeetingRelay;
  readonly appointment: StaffAppointmentView;
}

/**
 * The signed-in staff member's own appointment and the relay its meeting runs on, in local mode;
 * undefined when nobody is signed in, calls run through ACS, or the appointment is not theirs.
 */
export async function staffRelayMeeting(appointmentId: string, locale: Locale): Promise<StaffRelayMeeting | undefined> {
  const { functionsApi, meetingRelay } = webApp();
  const staff = await currentStaff();
  if (!staff || !meetingRelay) return undefined;
  const appointment = await functionsApi.getStaffAppointment(staff, appointmentId, locale);
  return appointment.ok ? { staff, relay: meetingRelay, appointment: appointment.value } : undefined;
}
