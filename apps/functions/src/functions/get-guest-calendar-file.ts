import type { HttpHandler } from '@azure/functions';
import type { CalendarFile } from '@portico/api-contract';
import { findGuest, porticoError } from '@portico/domain';
import { appointmentCalendarDownload } from '@portico/server-adapters';
import type { FunctionDependencies } from '../function-dependencies';
import { jsonResponse, problemResponse } from '../http/problem-response';
import { withGuest } from './with-guest';

/**
 * `GET /api/guest/appointments/{id}/calendar`: the appointment's calendar file for a guest who is on
 * it, the same event the invitation carries; anyone else gets the 404 of an id that does not exist.
 */
export function getGuestCalendarFile(deps: Pick<FunctionDependencies, 'appointments' | 'portal'>): HttpHandler {
  return withGuest(async (request, email) => {
    const stored = await deps.appointments.get(request.params['id'] ?? '');
    const guest = stored ? findGuest(stored.appointment, email) : undefined;
    if (!stored || !guest) return problemResponse(porticoError('appointment.not-found'), request);
    const pageUrl = `${deps.portal.url}/appointments/${encodeURIComponent(stored.appointment.id)}`;
    const file = appointmentCalendarDownload(stored.appointment, guest, pageUrl);
    const answer: CalendarFile = { fileName: file.name, contentType: file.contentType, content: file.content };
    return jsonResponse(200, answer);
  });
}
