import type { AuditEvent } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/**
 * Adds an event to an appointment's audit trail without letting the trail decide the outcome: the
 * change it records is already stored, and a guest's join or an e-mail must not fail because the
 * audit table hiccupped. A failed write still shows as a failed `storage.audit-trail` dependency
 * call in telemetry (the port is traced), where operators see it.
 */
export async function recordAuditEvent(
  deps: Pick<FunctionDependencies, 'auditTrail'>,
  event: AuditEvent,
): Promise<void> {
  try {
    await deps.auditTrail.record(event);
  } catch {
    // Reported by the traced port; see above.
  }
}
