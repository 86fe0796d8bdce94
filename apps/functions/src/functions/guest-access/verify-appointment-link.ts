import type { HttpHandler } from '@azure/functions';
import { linkTokenRequestSchema, type AppointmentLinkGrantView } from '@portico/api-contract';
import { porticoError } from '@portico/meeting-core';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';

/**
 * `POST /api/guest/appointment-links/verify`: what a personal link proves, if it is genuine,
 * unexpired, and its guest is still on the appointment.
 */
export function verifyAppointmentLink(
  deps: Pick<FunctionDependencies, 'appointmentLinks' | 'appointments' | 'clock'>,
): HttpHandler {
  return async (request) => {
    const body = await readJsonBody(linkTokenRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const grant = await deps.appointmentLinks.verify(body.value.token, deps.clock());
    const stored = grant && (await deps.appointments.get(grant.appointmentId));
    if (!grant || !stored?.appointment.guests.some((guest) => guest.email === grant.email))
      return problemResponse(porticoError('sign-in.link-invalid'), request);
    const answer: AppointmentLinkGrantView = { email: grant.email, appointmentId: grant.appointmentId };
    return jsonResponse(200, answer);
  };
}
