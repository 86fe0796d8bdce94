import type { WalkInCheckInRequest, WalkInCheckInView } from '@portico/api-contract';
import {
  checkInAtDesk,
  err,
  guestDisplayName,
  normaliseGuestEmail,
  ok,
  porticoError,
  queuePosition,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';
import { ensureTodaysWalkInMeeting } from './ensure-todays-walk-in-meeting';
import { deskVisits } from './staff-reads-walk-in-desk';
import { storeAndInvite } from './store-and-invite';

type Deps = Pick<
  FunctionDependencies,
  | 'walkInDesks'
  | 'walkInRateLimits'
  | 'meetings'
  | 'appointments'
  | 'notices'
  | 'auditTrail'
  | 'clock'
  | 'newId'
  | 'policies'
>;

/**
 * A guest checks in at a desk's public page: within the client's and the desk's budgets, at an open
 * desk (whose meeting for today is made first if it has none yet), with a name that makes a valid
 * display name. The on-demand appointment is stored, the guest e-mailed its personal link, and told
 * their place in the queue.
 */
export async function guestChecksIn(
  deps: Deps,
  request: WalkInCheckInRequest & { readonly deskId: string; readonly client: string },
): Promise<Result<WalkInCheckInView, PorticoError>> {
  const now = deps.clock();
  const stored = await deps.walkInDesks.get(request.deskId);
  if (!stored) return err(porticoError('walk-in.desk-not-found'));
  const email = normaliseGuestEmail(request.email);
  // Each check-in e-mails an address nobody proved, so an address has a small budget of its own.
  const allowed =
    (await deps.walkInRateLimits.perClient.take(request.client, now)) &&
    (await deps.walkInRateLimits.perDesk.take(stored.desk.id, now)) &&
    (await deps.walkInRateLimits.perEmail.take(email, now));
  if (!allowed) return err(porticoError('walk-in.rate-limited'));
  if (stored.desk.status !== 'open') return err(porticoError('walk-in.desk-closed'));
  const desk = await ensureTodaysWalkInMeeting(deps, stored.desk, stored.etag);
  if (!desk.ok) return desk;
  const name = guestDisplayName(request.name, request.locale, deps.policies.guestNames);
  if (!name.ok) return name;
  const checkedIn = checkInAtDesk(
    desk.value,
    {
      id: `walk-in-${deps.newId()}`,
      guest: { name: request.name.trim(), email, locale: request.locale, timeZone: desk.value.timeZone },
    },
    now,
  );
  if (!checkedIn.ok) return checkedIn;
  const saved = await storeAndInvite(deps, checkedIn.value, { actor: 'guest', name: request.name.trim() });
  if (!saved.ok) return saved;
  const visits = await deskVisits(deps, desk.value.organiser.id);
  const position = queuePosition(visits, saved.value.appointment, desk.value) ?? 1;
  return ok({ appointmentId: saved.value.appointment.id, email, position });
}
