import type { HttpHandler, TimerHandler } from '@azure/functions';
import { lobbyMessageRequestSchema, presenceReportSchema } from '@portico/api-contract';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { guestReportsPresence } from '../../use-cases/guest-reports-presence';
import { staffLeavesLobbyMessage } from '../../use-cases/staff-leaves-lobby-message';
import { staffReadsFrontDesk } from '../../use-cases/staff-reads-front-desk';
import { withStaff } from '../staff/with-staff';
import { withGuest } from '../with-guest';

type Deps = Pick<FunctionDependencies, 'appointments' | 'presenceBoard' | 'clock' | 'auditTrail'>;

/** `POST /api/appointments/{id}/presence` `{phase}`: where the guest is; answers with the note for those waiting. */
export function reportGuestPresence(deps: Deps): HttpHandler {
  return withGuest(async (request, email) => {
    const body = await readJsonBody(presenceReportSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const reported = await guestReportsPresence(deps, {
      appointmentId: request.params['id'] ?? '',
      guestEmail: email,
      phase: body.value.phase,
    });
    return reported.ok ? jsonResponse(200, reported.value) : problemResponse(reported.error, request);
  });
}

/** `GET /api/staff/front-desk`: where each guest of the staff member's appointments is now. */
export function getFrontDesk(deps: Pick<FunctionDependencies, 'presenceBoard' | 'clock'>): HttpHandler {
  return withStaff(async (_request, staff) => jsonResponse(200, await staffReadsFrontDesk(deps, staff)));
}

/** `POST /api/staff/appointments/{id}/lobby-message` `{text}`: a note for the guests waiting. */
export function postLobbyMessage(deps: Deps): HttpHandler {
  return withStaff(async (request, staff) => {
    const body = await readJsonBody(lobbyMessageRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const posted = await staffLeavesLobbyMessage(deps, {
      staff,
      appointmentId: request.params['id'] ?? '',
      text: body.value.text,
    });
    return posted.ok ? { status: 204 } : problemResponse(posted.error, request);
  });
}

/** How long the board keeps where a guest was, and staff's notes: a day, then they are of no use. */
const presenceKeptMs = 24 * 60 * 60_000;

/** Daily: presence and lobby notes older than a day are removed, so the board holds today only. */
export function removeStalePresence(deps: Pick<FunctionDependencies, 'presenceBoard' | 'clock'>): TimerHandler {
  return async (_timer, context) => {
    const removed = await deps.presenceBoard.removeBefore(new Date(deps.clock().getTime() - presenceKeptMs));
    context.log(`Removed ${removed} presence rows and notes older than a day.`);
  };
}
