import { err, ok, type Result } from '../result';
import { porticoError, type PorticoError } from '../errors/portico-error';
import type { Appointment, AppointmentGuest } from '../appointment/appointment';
import { findGuest } from '../appointment/appointment-guests';
import { guestDisplayName, type GuestNamePolicy } from '../guest-display-name';
import { joinWindow, type JoinPurpose, type JoinWindowPolicy } from '../join-window';
import { isGovernmentMeeting, type MeetingLinkPolicy } from '../teams-meeting/parse-teams-meeting-link';

/** What a guest may do once a join is allowed: who they are in Teams and until when. */
export interface JoinGrant {
  readonly guest: AppointmentGuest;
  /** The name Teams shows, decided by the portal, e.g. "Jane Doe (Guest)". */
  readonly displayName: string;
  /** When the join window closes; no token is renewed after it. */
  readonly closesAt: string;
}

export interface JoinPolicies {
  readonly joinWindow: JoinWindowPolicy;
  readonly meetingLinks: MeetingLinkPolicy;
  readonly guestNames: GuestNamePolicy;
}

/**
 * Whether this guest may join this appointment's meeting now (or, for a renewal, stay in it). Asked
 * for every join ticket and every token renewal, so a cancellation, a reschedule or a closed window takes effect at the next renewal.
 * Someone who is not on the appointment gets `appointment.not-found`, the same as for a missing one.
 */
export function authoriseJoin(
  appointment: Appointment,
  guestEmail: string,
  now: Date,
  policies: JoinPolicies,
  purpose: JoinPurpose = 'join',
): Result<JoinGrant, PorticoError> {
  const guest = findGuest(appointment, guestEmail);
  if (!guest) return err(porticoError('appointment.not-found'));
  const window = joinWindow(appointment, now, policies.joinWindow, purpose);
  if (!window.open) {
    if (window.reason === 'cancelled') return err(porticoError('appointment.cancelled'));
    if (window.reason === 'not-yet-open') return err(porticoError('join.not-yet-open', { opensAt: window.opensAt }));
    return err(porticoError('join.closed'));
  }
  // Government tenants can be added to the policy after a meeting was imported; the join re-checks.
  if (isGovernmentMeeting(appointment.meeting, policies.meetingLinks)) {
    return err(porticoError('meeting-link.government-cloud'));
  }
  const displayName = guestDisplayName(guest.name, guest.locale, policies.guestNames);
  if (!displayName.ok) return displayName;
  return ok({ guest, displayName: displayName.value, closesAt: window.closesAt });
}
