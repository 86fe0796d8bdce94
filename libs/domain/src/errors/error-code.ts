/**
 * Every expected failure in Portico has one of these stable codes. Clients, logs and tests match on
 * the code; people read the localised message. Codes are never renamed once released.
 */
export const errorCodes = [
  'request.invalid',
  'auth.unauthenticated',
  'request.version-required',
  'meeting-link.malformed',
  'meeting-link.not-teams',
  'meeting-link.personal-teams',
  'meeting-link.government-cloud',
  'meeting-link.live-event',
  'guest-name.empty',
  'guest-name.impersonation',
  'appointment.invalid-schedule',
  'appointment.invalid-details',
  'appointment.not-found',
  'appointment.already-exists',
  'appointment.conflict',
  'appointment.cancelled',
  'appointment.ended',
  'appointment.in-past',
  'appointment.not-started',
  'join.not-yet-open',
  'join.closed',
  'call.anonymous-join-blocked',
  'call.meeting-not-supported',
  'call.not-admitted',
  'call.removed',
  'call.meeting-ended',
  'call.connection-lost',
  'call.joined-elsewhere',
  'call.ticket-refused',
  'call.meeting-not-found',
  'call.microphone-blocked',
  'call.camera-blocked',
  'chat.unavailable',
  'meeting-directory.organiser-unknown',
  'meeting-directory.forbidden',
  'meeting-directory.event-missing',
  'meeting-directory.no-teams-meeting',
  'calendar-sync.notification-refused',
  'calendar-sync.subscription-missing',
  'sign-in.link-invalid',
  'sign-in.link-replaced',
  'sign-in.rate-limited',
  'dependency.unavailable',
  'internal.unexpected',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
