import { auditKindOfChange, type Appointment, type AuditActor } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';
import { recordAuditEvent } from './record-audit-event';

/**
 * Adds a stored change of an appointment (made, moved, cancelled) to its audit trail, at the
 * change's time, as made by `by`: a staff member in the portal, or their calendar through sync.
 */
export async function recordAppointmentChange(
  deps: Pick<FunctionDependencies, 'auditTrail'>,
  before: Appointment | undefined,
  after: Appointment,
  by: { readonly actor: AuditActor; readonly name?: string },
): Promise<void> {
  const kind = auditKindOfChange(before, after);
  if (!kind) return;
  await recordAuditEvent(deps, { appointmentId: after.id, kind, at: after.updatedAt, ...by });
}
