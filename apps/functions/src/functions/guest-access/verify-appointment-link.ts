import type { HttpHandler } from '@azure/functions';
import { linkTokenRequestSchema, type AppointmentLinkGrantView } from '@portico/api-contract';
import { porticoError } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';

/**
 * `POST /api/guest/appointment-links/verify`: what a personal link proves, if it is genuine,
 * unexpired, its guest is still on the appointment, and no reschedule or cancel has replaced it.
 */
export function verifyAppointmentLink(
  deps: Pick<FunctionDependencies, 'appointmentLinks' | 'appointments' | 'clock'>,
): HttpHandler {
  return async (request) => {
    const body = await readJsonBody(linkTokenRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const claim = deps.appointmentLinks.read(body.value.token, deps.clock());
    const stored = claim && (await deps.appointments.get(claim.appointmentId));
    const guest = claim && stored ? claim.guestIn(stored.appointment) : 'not-a-guest';
    if (guest === 'replaced') return problemResponse(porticoError('sign-in.link-replaced'), request);
    if (guest === 'not-a-guest' || !stored) return problemResponse(porticoError('sign-in.link-invalid'), request);
    const answer: AppointmentLinkGrantView = { email: guest.email, appointmentId: stored.appointment.id };
    return jsonResponse(200, answer);
  };
}
