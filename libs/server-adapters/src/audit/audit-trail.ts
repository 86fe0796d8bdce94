import type { AuditEvent } from '@portico/domain';

/** Each appointment's append-only record of what happened to it, in order. */
export interface AuditTrail {
  record(event: AuditEvent): Promise<void>;
  /** One appointment's events, oldest first. */
  eventsOf(appointmentId: string): Promise<readonly AuditEvent[]>;
  /** Removes every event before `cutoff` (the retention policy); answers how many went. */
  removeBefore(cutoff: Date): Promise<number>;
}
