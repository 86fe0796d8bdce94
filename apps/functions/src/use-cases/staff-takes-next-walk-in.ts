import {
  err,
  isDeskStaff,
  ok,
  porticoError,
  takeWalkIn,
  walkInQueue,
  type AppointmentOrganiser,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { WalkInDeskView } from '@portico/api-contract';
import type { FunctionDependencies } from '../function-dependencies';
import { recordAuditEvent } from './record-audit-event';
import { deskVisits, walkInDeskView } from './staff-reads-walk-in-desk';

/** How often a take is tried again when another take (a colleague, a tab) got the same guest first. */
const attempts = 3;

/**
 * Staff take the next guest from a desk's queue (their own, or a team desk they were named to): the
 * guest who checked in first and still waits.
 * The change is conditional on the version read, so two takes at once (two colleagues, two tabs)
 * take two guests, never one guest twice. Answers the desk as it is after.
 */
export async function staffTakesNextWalkIn(
  deps: Pick<FunctionDependencies, 'walkInDesks' | 'appointments' | 'auditTrail' | 'clock'>,
  staff: AppointmentOrganiser,
  deskId: string,
): Promise<Result<WalkInDeskView, PorticoError>> {
  const stored = await deps.walkInDesks.get(deskId);
  // Someone else's desk is the same 404 as one that does not exist.
  if (!stored || !isDeskStaff(stored.desk, staff)) return err(porticoError('walk-in.desk-not-found'));
  for (let attempt = 0; attempt < attempts; attempt++) {
    const [next] = walkInQueue(await deskVisits(deps, stored.desk.organiser.id), stored.desk);
    if (!next) return err(porticoError('walk-in.queue-empty'));
    const current = await deps.appointments.get(next.id);
    if (!current) continue;
    const taken = takeWalkIn(current.appointment, staff.name, deps.clock());
    // Unchanged means another take got this guest since the queue was read: take the one after.
    if (!taken.ok || taken.value === current.appointment) continue;
    const saved = await deps.appointments.update(taken.value, current.etag);
    if (!saved.ok) continue;
    await recordAuditEvent(deps, {
      appointmentId: next.id,
      kind: 'taken-from-queue',
      at: deps.clock().toISOString(),
      actor: 'staff',
      name: staff.name,
    });
    return ok(await walkInDeskView(deps, stored.desk));
  }
  return err(porticoError('appointment.conflict'));
}
