import { auditActorOfChange, auditKindOfChange, type Appointment } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/** Adds a stored change of an appointment (made, moved, cancelled) to its audit trail, at the change's time. */
export async function recordAppointmentChange(
  deps: Pick<FunctionDependencies, 'auditTrail'>,
  before: Appointment | undefined,
  after: Appointment,
): Promise<void> {
  const kind = auditKindOfChange(before, after);
  if (!kind) return;
  await deps.auditTrail.record({
    appointmentId: after.id,
    kind,
    at: after.updatedAt,
    ...auditActorOfChange(after),
  });
}
