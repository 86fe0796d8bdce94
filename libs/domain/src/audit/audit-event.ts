import type { Appointment } from '../appointment/appointment';
import type { GuestPhase } from '../presence/guest-presence';

/**
 * What the audit trail records of an appointment: its life (made, moved, cancelled, a cancellation
 * undone), the e-mails sent, the join tickets minted and refused, and each guest's way into the
 * call as far as the portal sees it (the page opened, the lobby entered, admitted, left, refused by
 * the meeting).
 */
export const auditEventKinds = [
  'created',
  'rescheduled',
  'cancelled',
  'cancel-undone',
  'email-sent',
  'reminder-sent',
  'reminder-refused',
  'ticket-issued',
  'join-refused',
  'join-page-opened',
  'lobby-entered',
  'admitted',
  'left',
  'refused-by-meeting',
  'taken-from-queue',
] as const;

export type AuditEventKind = (typeof auditEventKinds)[number];

/** Who caused an event: a guest, a staff member, the organiser's calendar (sync), or the portal itself. */
export const auditActors = ['guest', 'staff', 'calendar', 'portal'] as const;

export type AuditActor = (typeof auditActors)[number];

/**
 * One line of an appointment's audit trail. Personal data is kept to a name: never an address, a
 * token or a link. `detail` is a code (an error code, an e-mail's kind), never free text.
 */
export interface AuditEvent {
  readonly appointmentId: string;
  readonly kind: AuditEventKind;
  /** ISO 8601 instant in UTC. */
  readonly at: string;
  readonly actor: AuditActor;
  /** The guest's or staff member's name, when a person acted. */
  readonly name?: string;
  readonly detail?: string;
}

const phaseEvents: Readonly<Record<GuestPhase, AuditEventKind>> = {
  'device-check': 'join-page-opened',
  lobby: 'lobby-entered',
  'in-call': 'admitted',
  left: 'left',
  refused: 'refused-by-meeting',
};

/** The audit event a guest's move into a new phase makes. */
export const auditKindOfPhase = (phase: GuestPhase): AuditEventKind => phaseEvents[phase];

/** Events kept shorter than this many days are not a retention policy anyone should set. */
export const auditRetentionLimits = { minDays: 30, maxDays: 3650 } as const;

/** The instant before which audit events are removed, `retentionDays` before `now`. */
export const auditRetentionCutoff = (now: Date, retentionDays: number): Date =>
  new Date(now.getTime() - retentionDays * 24 * 60 * 60_000);

/**
 * The audit event a stored change of an appointment makes: made, cancelled, its cancellation undone,
 * or moved; none for a change of its details only (a subject, a note), which the trail does not follow.
 */
export function auditKindOfChange(
  before: Appointment | undefined,
  after: Appointment,
): Extract<AuditEventKind, 'created' | 'rescheduled' | 'cancelled' | 'cancel-undone'> | undefined {
  if (!before) return 'created';
  if (after.status === 'cancelled' && before.status !== 'cancelled') return 'cancelled';
  // Only a staff cancellation that could still be undone; a calendar's reinstatement is told as before.
  if (before.cancelledFrom && after.status !== 'cancelled') return 'cancel-undone';
  if (after.startsAt !== before.startsAt || after.endsAt !== before.endsAt) return 'rescheduled';
  return undefined;
}
