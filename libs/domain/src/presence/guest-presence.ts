import { err, ok, type Result } from '../result';
import { porticoError, type PorticoError } from '../errors/portico-error';
import { hasHiddenCharacters } from '../hidden-characters';
import type { Appointment } from '../appointment/appointment';
import { findGuest } from '../appointment/appointment-guests';

/**
 * Where a guest is on the way into the call, as their browser reports it: checking devices, waiting
 * in the Teams lobby, in the call, or out of it (left, or refused by the meeting).
 */
export const guestPhases = ['device-check', 'lobby', 'in-call', 'left', 'refused'] as const;

export type GuestPhase = (typeof guestPhases)[number];

/** What staff see: the reported phase, or `dropped` when a guest on their way in went silent. */
export type GuestPresenceState = GuestPhase | 'dropped';

/**
 * One guest's presence on one appointment, as the portal last heard it. It names the guest but holds
 * no address: the board keys it by the address's hash.
 */
export interface GuestPresence {
  readonly appointmentId: string;
  /** The appointment's subject, so the front desk names it without reading each appointment. */
  readonly subject: string;
  readonly guestName: string;
  readonly phase: GuestPhase;
  /** ISO 8601 instants in UTC: when this phase began, and the last report. */
  readonly phaseSince: string;
  readonly lastSeenAt: string;
}

/**
 * How often a guest's page reports while nothing changes, and how long silence may last before staff
 * see the guest as dropped: three missed reports, so one slow request is no drop.
 */
export const presenceTiming = { heartbeatSeconds: 10, droppedAfterSeconds: 30 } as const;

/** A waiting guest reports twice as often, so a note from staff reaches them within seconds. */
export const nextPresenceReportInSeconds = (phase: GuestPhase): number =>
  phase === 'lobby' ? presenceTiming.heartbeatSeconds / 2 : presenceTiming.heartbeatSeconds;

/** Phases in which a guest is on their way in or in the call, and so is expected to keep reporting. */
const activePhases: ReadonlySet<GuestPhase> = new Set(['device-check', 'lobby', 'in-call']);

/**
 * A guest's report, applied: the phase's start moves only when the phase changes, so a heartbeat
 * keeps "waiting for 6 minutes" counting. Only a guest of the appointment reports.
 */
export function reportGuestPresence(
  appointment: Appointment,
  previous: GuestPresence | undefined,
  report: { readonly guestEmail: string; readonly phase: GuestPhase },
  now: Date,
): Result<GuestPresence, PorticoError> {
  const guest = findGuest(appointment, report.guestEmail);
  if (!guest) return err(porticoError('appointment.not-found'));
  const at = now.toISOString();
  const samePhase = previous?.phase === report.phase && presenceState(previous, now) !== 'dropped';
  return ok({
    appointmentId: appointment.id,
    subject: appointment.subject,
    guestName: guest.name,
    phase: report.phase,
    phaseSince: samePhase ? previous.phaseSince : at,
    lastSeenAt: at,
  });
}

/** The state staff see now: an active phase whose reports stopped is `dropped`. */
export function presenceState(presence: GuestPresence, now: Date): GuestPresenceState {
  const silentMs = now.getTime() - Date.parse(presence.lastSeenAt);
  return activePhases.has(presence.phase) && silentMs > presenceTiming.droppedAfterSeconds * 1000
    ? 'dropped'
    : presence.phase;
}

/** A short note from staff to the guests waiting for an appointment, e.g. "Running 10 minutes late". */
export interface LobbyMessage {
  readonly appointmentId: string;
  readonly text: string;
  readonly from: string;
  /** ISO 8601 instant in UTC. */
  readonly sentAt: string;
}

export const lobbyMessageLimits = { maxLength: 200 } as const;

/** A lobby message from the appointment's organiser: one line of text, within its limit. */
export function writeLobbyMessage(
  appointment: Appointment,
  input: { readonly text: string; readonly from: string },
  now: Date,
): Result<LobbyMessage, PorticoError> {
  const text = input.text.trim();
  if (text === '' || text.length > lobbyMessageLimits.maxLength || hasHiddenCharacters(text)) {
    return err(
      porticoError('request.invalid', { issues: `text: 1 to ${lobbyMessageLimits.maxLength} characters on one line` }),
    );
  }
  return ok({ appointmentId: appointment.id, text, from: input.from, sentAt: now.toISOString() });
}
