import { rescheduleAppointment, type AppointmentOrganiser, type PorticoError, type Result } from '@portico/domain';
import type { StoredAppointment } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { commitStaffChange } from './commit-staff-change';
import { ownAppointmentForChange } from './own-appointment';

export interface StaffReschedulesAppointment {
  readonly staff: AppointmentOrganiser;
  readonly appointmentId: string;
  /** The version the change is based on (If-Match). */
  readonly etag: string | undefined;
  readonly startsAt: string;
  readonly durationMinutes: number;
}

/**
 * Staff move an appointment: the meeting in the organiser's calendar first, then the appointment,
 * then the guests are told. Moving it to the time it has changes nothing.
 */
export async function staffReschedulesAppointment(
  deps: Pick<FunctionDependencies, 'appointments' | 'auditTrail' | 'meetings' | 'notices' | 'clock'>,
  command: StaffReschedulesAppointment,
): Promise<Result<StoredAppointment, PorticoError>> {
  const own = await ownAppointmentForChange(deps.appointments, command.staff, command.appointmentId, command.etag);
  if (!own.ok) return own;
  const { appointment } = own.value;
  const startsAt = new Date(command.startsAt).toISOString();
  const endsAt = new Date(Date.parse(startsAt) + command.durationMinutes * 60_000).toISOString();
  const moved = rescheduleAppointment(appointment, { startsAt, endsAt }, deps.clock());
  if (!moved.ok) return moved;
  if (moved.value === appointment) return own;
  return commitStaffChange(deps, {
    current: own.value,
    changed: moved.value,
    inCalendar: (eventId) => deps.meetings.rescheduleMeeting(command.staff.id, eventId, { startsAt, endsAt }),
    isApplied: (now) => now.startsAt === startsAt && now.endsAt === endsAt,
    notice: 'rescheduled',
  });
}
