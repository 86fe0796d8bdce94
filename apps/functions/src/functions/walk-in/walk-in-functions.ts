import type { HttpHandler, TimerHandler } from '@azure/functions';
import {
  apiHeaders,
  openWalkInDeskRequestSchema,
  walkInCheckInRequestSchema,
  type PublicWalkInDeskView,
  type TeamWalkInDesksView,
} from '@portico/api-contract';
import { porticoError } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { ensureTodaysWalkInMeeting } from '../../use-cases/ensure-todays-walk-in-meeting';
import { guestChecksIn } from '../../use-cases/guest-checks-in';
import { staffClosesWalkInDesk, staffOpensWalkInDesk } from '../../use-cases/staff-opens-walk-in-desk';
import { staffReadsTeamWalkInDesks, staffReadsWalkInDesk } from '../../use-cases/staff-reads-walk-in-desk';
import { staffTakesNextWalkIn } from '../../use-cases/staff-takes-next-walk-in';
import { withStaff } from '../staff/with-staff';

/** `GET /api/staff/walk-in-desk`: the staff member's desk and its queue; 404 if they never opened one. */
export function getWalkInDesk(deps: FunctionDependencies): HttpHandler {
  return withStaff(async (request, staff) => {
    const view = await staffReadsWalkInDesk(deps, staff);
    return view.ok ? jsonResponse(200, view.value) : problemResponse(view.error, request);
  });
}

/** `PUT /api/staff/walk-in-desk` `{name}`: opens the staff member's desk, with today's Teams meeting. */
export function openWalkInDesk(deps: FunctionDependencies): HttpHandler {
  return withStaff(async (request, staff) => {
    const body = await readJsonBody(openWalkInDeskRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const view = await staffOpensWalkInDesk(deps, staff, body.value);
    return view.ok ? jsonResponse(200, view.value) : problemResponse(view.error, request);
  });
}

/** `POST /api/staff/walk-in-desk/close`: no more check-ins. */
export function closeWalkInDesk(deps: FunctionDependencies): HttpHandler {
  return withStaff(async (request, staff) => {
    const view = await staffClosesWalkInDesk(deps, staff);
    return view.ok ? jsonResponse(200, view.value) : problemResponse(view.error, request);
  });
}

/** `GET /api/staff/walk-in-desks`: the team desks the staff member was named to, with their queues. */
export function getTeamWalkInDesks(deps: FunctionDependencies): HttpHandler {
  return withStaff(async (_request, staff) => {
    const view: TeamWalkInDesksView = { desks: [...(await staffReadsTeamWalkInDesks(deps, staff))] };
    return jsonResponse(200, view);
  });
}

/** `POST /api/staff/walk-in-desks/{id}/take-next`: the first guest waiting is taken; answers the desk after. */
export function takeNextWalkIn(deps: FunctionDependencies): HttpHandler {
  return withStaff(async (request, staff) => {
    const view = await staffTakesNextWalkIn(deps, staff, request.params['id'] ?? '');
    return view.ok ? jsonResponse(200, view.value) : problemResponse(view.error, request);
  });
}

/** `GET /api/walk-in/desks/{id}`: what the public check-in page shows of a desk. */
export function getPublicWalkInDesk(deps: Pick<FunctionDependencies, 'walkInDesks'>): HttpHandler {
  return async (request) => {
    const stored = await deps.walkInDesks.get(request.params['id'] ?? '');
    if (!stored) return problemResponse(porticoError('walk-in.desk-not-found'), request);
    const view: PublicWalkInDeskView = {
      name: stored.desk.name,
      organiserName: stored.desk.organiser.name,
      open: stored.desk.status === 'open',
    };
    return jsonResponse(200, view);
  };
}

/** `POST /api/walk-in/desks/{id}/check-ins` `{name, email, locale}`: a guest joins the desk's queue. */
export function checkInAtWalkInDesk(deps: FunctionDependencies): HttpHandler {
  return async (request) => {
    const body = await readJsonBody(walkInCheckInRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const checkedIn = await guestChecksIn(deps, {
      ...body.value,
      deskId: request.params['id'] ?? '',
      client: request.headers.get(apiHeaders.clientAddress) ?? 'unknown',
    });
    return checkedIn.ok ? jsonResponse(201, checkedIn.value) : problemResponse(checkedIn.error, request);
  };
}

/**
 * Hourly: each open desk whose local day has turned gets its new day's Teams meeting before the first
 * guest arrives (a check-in would make it too, but then that guest waits for Graph).
 */
export function renewWalkInMeetings(
  deps: Pick<FunctionDependencies, 'walkInDesks' | 'meetings' | 'clock'>,
): TimerHandler {
  return async (_timer, context) => {
    let renewed = 0;
    for (const { desk, etag } of await deps.walkInDesks.listOpen()) {
      const ready = await ensureTodaysWalkInMeeting(deps, desk, etag);
      if (!ready.ok) context.warn(`A walk-in desk's meeting could not be made (${ready.error.code}).`);
      else if (ready.value !== desk) renewed++;
    }
    context.log(`Renewed the meetings of ${renewed} walk-in desks.`);
  };
}
