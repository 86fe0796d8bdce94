import type { HttpHandler, TimerHandler } from '@azure/functions';
import type { AuditTrailView } from '@portico/api-contract';
import { auditRetentionCutoff, porticoError } from '@portico/domain';
import type { FunctionDependencies } from '../../function-dependencies';
import { jsonResponse, problemResponse } from '../../http/problem-response';
import { withStaff } from '../staff/with-staff';

/**
 * `GET /api/staff/appointments/{id}/audit`: one of the staff member's appointments' audit trail,
 * oldest first; someone else's appointment is the 404 of one that does not exist.
 */
export function getAuditTrail(deps: Pick<FunctionDependencies, 'appointments' | 'auditTrail'>): HttpHandler {
  return withStaff(async (request, staff) => {
    const stored = await deps.appointments.get(request.params['id'] ?? '');
    if (!stored || stored.appointment.organiser.id !== staff.id) {
      return problemResponse(porticoError('appointment.not-found'), request);
    }
    const view: AuditTrailView = { events: [...(await deps.auditTrail.eventsOf(stored.appointment.id))] };
    return jsonResponse(200, view);
  });
}

/** Daily: audit events older than the retention setting (`PORTICO_AUDIT_RETENTION_DAYS`) are removed. */
export function removeExpiredAuditEvents(
  deps: Pick<FunctionDependencies, 'auditTrail' | 'auditRetentionDays' | 'clock'>,
): TimerHandler {
  return async (_timer, context) => {
    const removed = await deps.auditTrail.removeBefore(auditRetentionCutoff(deps.clock(), deps.auditRetentionDays));
    context.log(`Removed ${removed} audit events older than ${deps.auditRetentionDays} days.`);
  };
}
