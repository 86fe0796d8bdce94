import type { HttpRequest, HttpResponseInit } from '@azure/functions';
import type { Appointment } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';
import { notifyGuests } from './notify-guests';
import { staffAppointmentResponse } from './staff-appointment-view';

/** Stores a newly scheduled appointment, queues its guests' invitation, and answers 201 with it. */
export async function storeAndInvite(
  deps: Pick<FunctionDependencies, 'appointments' | 'notices'>,
  appointment: Appointment,
  request: HttpRequest,
): Promise<HttpResponseInit> {
  const stored = await deps.appointments.create(appointment);
  if (!stored.ok) return problemResponse(stored.error, request);
  await notifyGuests(deps.notices, stored.value.appointment, 'invitation');
  return staffAppointmentResponse(201, stored.value);
}
