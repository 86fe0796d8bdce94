import type { HttpHandler } from '@azure/functions';
import type { GuestAppointmentList } from '@portico/api-contract';
import { z } from 'zod';
import type { FunctionDependencies } from '../function-dependencies';
import { parseInput } from '../http/parse-input';
import { jsonResponse, problemResponse } from '../http/problem-response';
import { withGuest } from './with-guest';
import { toGuestAppointmentView } from './guest-appointment-view';
import { guestJoinPurpose } from '../use-cases/guest-join-purpose';

const day = 24 * 60 * 60_000;
/** By default a guest sees the last 30 days and the coming year. */
const defaultPast = 30 * day;
const defaultFuture = 366 * day;
const maxRange = 2 * 366 * day;

const querySchema = z
  .object({ from: z.iso.datetime({ offset: true }).optional(), to: z.iso.datetime({ offset: true }).optional() })
  .refine(
    ({ from, to }) =>
      !from || !to || (Date.parse(to) > Date.parse(from) && Date.parse(to) - Date.parse(from) <= maxRange),
    {
      message: 'to must be after from, at most two years later',
      path: ['to'],
    },
  );

/**
 * `GET /api/guest/appointments`: the signed-in guest's own appointments. The web app vouches for the
 * guest (it holds the function key); a request without a guest is unauthenticated.
 */
export function listGuestAppointments(
  deps: Pick<FunctionDependencies, 'appointments' | 'clock' | 'policies' | 'callIdentities'>,
): HttpHandler {
  return withGuest(async (request, email) => {
    const query = parseInput(querySchema, Object.fromEntries(request.query));
    if (!query.ok) return problemResponse(query.error, request);
    const now = deps.clock();
    const from = query.value.from ?? new Date(now.getTime() - defaultPast).toISOString();
    const to = query.value.to ?? new Date(Date.parse(from) + defaultPast + defaultFuture).toISOString();
    const stored = await deps.appointments.listByGuest(email, {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
    });
    const body: GuestAppointmentList = {
      appointments: await Promise.all(
        stored.map(async ({ appointment }) =>
          toGuestAppointmentView(
            appointment,
            email,
            now,
            deps.policies.joinWindow,
            await guestJoinPurpose(deps, appointment, email, now),
          ),
        ),
      ),
    };
    return jsonResponse(200, body);
  });
}
