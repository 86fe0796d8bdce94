import { normaliseGuestEmail } from '@portico/domain';
import { sha256Hex } from './sha256-hex';

/**
 * Row keys of the appointments table. One table holds the aggregate and its two lookups:
 * - `appointment|{id}` / `appointment`: the appointment itself, the only source of truth;
 * - `organiser|{organiserId}` / `{id}`: the organiser's appointments, for the staff console;
 * - `guest|{sha256(email)}` / `{id}`: a guest's appointments. The e-mail is hashed so that no
 *   address appears in a key (keys show up in logs and metrics);
 * - `starts|{YYYY-MM-DD}` / `{id}`: everyone's appointments by the UTC day they start, for reminders.
 */
export const appointmentKeys = {
  appointment: (id: string) => ({ partitionKey: `appointment|${id}`, rowKey: 'appointment' }),
  byOrganiser: (organiserId: string, id: string) => ({ partitionKey: organiserPartition(organiserId), rowKey: id }),
  byGuest: (email: string, id: string) => ({ partitionKey: guestPartition(email), rowKey: id }),
  byStartDay: (startsAt: string, id: string) => ({ partitionKey: startDayPartition(startsAt), rowKey: id }),
  organiserPartition,
  guestPartition,
  startDayPartition,
};

function organiserPartition(organiserId: string): string {
  return `organiser|${organiserId}`;
}

/** `startsAt` is an ISO instant in UTC, so its first ten characters are its UTC day. */
function startDayPartition(startsAt: string): string {
  return `starts|${startsAt.slice(0, 10)}`;
}

function guestPartition(email: string): string {
  return `guest|${sha256Hex(normaliseGuestEmail(email))}`;
}

/** Table keys may not contain / \ # ? or control characters; ids that do are refused before any I/O. */
export function isSafeKeyPart(value: string): boolean {
  return value.length > 0 && value.length <= 512 && !/[/\\#?\p{Cc}]/u.test(value);
}
