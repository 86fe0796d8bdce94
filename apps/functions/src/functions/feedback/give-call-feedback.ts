import type { HttpHandler } from '@azure/functions';
import { callFeedbackRequestSchema } from '@portico/api-contract';
import type { FunctionDependencies } from '../../function-dependencies';
import { problemResponse } from '../../http/problem-response';
import { readJsonBody } from '../../http/read-json-body';
import { guestGivesCallFeedback } from '../../use-cases/guest-gives-call-feedback';
import { withGuest } from '../with-guest';

/** `POST /api/appointments/{id}/feedback`: the guest's rating and comment after a call. */
export function giveCallFeedback(deps: Pick<FunctionDependencies, 'appointments' | 'clock'>): HttpHandler {
  return withGuest(async (request, email) => {
    const body = await readJsonBody(callFeedbackRequestSchema, request);
    if (!body.ok) return problemResponse(body.error, request);
    const given = await guestGivesCallFeedback(deps, {
      appointmentId: request.params['id'] ?? '',
      guestEmail: email,
      ...body.value,
    });
    return given.ok ? { status: 204 } : problemResponse(given.error, request);
  });
}
