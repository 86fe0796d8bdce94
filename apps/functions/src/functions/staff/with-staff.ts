import type { HttpHandler, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { porticoError, type AppointmentOrganiser } from '@portico/domain';
import { problemResponse } from '../../http/problem-response';
import { staffCaller } from './staff-caller';

/** A handler for staff only: without a staff identity from the web app the answer is a 401 problem. */
export function withStaff(
  handler: (request: HttpRequest, staff: AppointmentOrganiser, context: InvocationContext) => Promise<HttpResponseInit>,
): HttpHandler {
  return async (request, context) => {
    const staff = staffCaller(request);
    return staff ? handler(request, staff, context) : problemResponse(porticoError('auth.unauthenticated'), request);
  };
}
