import type { Locale } from '../locale';
import type { ErrorCode } from './error-code';
import en from './messages/en.json';
import nl from './messages/nl.json';

/** The title and detail of an error in one language; `{name}` placeholders take the error's params. */
export interface LocalisedText {
  readonly title: string;
  readonly detail: string;
}

/** The HTTP status each error maps to in problem+json. A new code cannot ship without one. */
export const errorStatus: Readonly<Record<ErrorCode, number>> = {
  'request.invalid': 400,
  'request.cross-site': 403,
  'request.method-not-allowed': 405,
  'auth.unauthenticated': 401,
  'request.version-required': 428,
  'meeting-link.malformed': 422,
  'meeting-link.not-teams': 422,
  'meeting-link.personal-teams': 422,
  'meeting-link.government-cloud': 422,
  'guest-name.empty': 422,
  'guest-name.impersonation': 422,
  'appointment.invalid-schedule': 422,
  'appointment.invalid-details': 422,
  'appointment.not-found': 404,
  'appointment.already-exists': 409,
  'appointment.conflict': 412,
  'appointment.cancelled': 409,
  'appointment.ended': 409,
  'appointment.in-past': 422,
  'appointment.not-started': 409,
  'join.not-yet-open': 403,
  'join.closed': 403,
  'call.anonymous-join-blocked': 403,
  'call.meeting-not-supported': 422,
  'call.not-admitted': 403,
  'call.removed': 409,
  'call.meeting-ended': 410,
  'call.connection-lost': 503,
  'call.ticket-refused': 401,
  'chat.unavailable': 503,
  'meeting-directory.organiser-unknown': 422,
  'meeting-directory.forbidden': 502,
  'meeting-directory.event-missing': 409,
  'calendar-sync.notification-refused': 403,
  'calendar-sync.subscription-missing': 404,
  'sign-in.link-invalid': 410,
  'sign-in.link-replaced': 410,
  'sign-in.rate-limited': 429,
  'dependency.unavailable': 503,
  'internal.unexpected': 500,
};

/**
 * Every error's text per language, kept as data (`messages/*.json`) like the web app's messages.
 * The `satisfies` makes a code without English or Dutch text a type error.
 */
export const errorText: Readonly<Record<Locale, Readonly<Record<ErrorCode, LocalisedText>>>> = {
  en: en satisfies Record<ErrorCode, LocalisedText>,
  nl: nl satisfies Record<ErrorCode, LocalisedText>,
};
