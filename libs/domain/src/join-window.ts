import type { AppointmentStatus } from './appointment/appointment';

/**
 * How long before the start guests may join, and how long after the end they still may. A guest
 * already in the call keeps renewing their token for longer, up to a hard cap, so an appointment
 * that overruns does not drop them.
 */
export interface JoinWindowPolicy {
  readonly opensMinutesBefore: number;
  readonly closesMinutesAfter: number;
  readonly renewsInCallMinutesAfter: number;
}

export const defaultJoinWindowPolicy: JoinWindowPolicy = {
  opensMinutesBefore: 15,
  closesMinutesAfter: 30,
  renewsInCallMinutesAfter: 240,
};

/** A join starts a call; a renewal keeps one going (the token credential asks only during a call). */
export type JoinPurpose = 'join' | 'renewal';

export type JoinWindowState =
  | { readonly open: true; readonly closesAt: string }
  | { readonly open: false; readonly reason: 'not-yet-open'; readonly opensAt: string }
  | { readonly open: false; readonly reason: 'closed' | 'cancelled' };

const minute = 60_000;

/** Whether a guest may join (or renew) at `now`, and if not, why. The clock is always passed in. */
export function joinWindow(
  appointment: { readonly status: AppointmentStatus; readonly startsAt: string; readonly endsAt: string },
  now: Date,
  policy: JoinWindowPolicy = defaultJoinWindowPolicy,
  purpose: JoinPurpose = 'join',
): JoinWindowState {
  if (appointment.status === 'cancelled') return { open: false, reason: 'cancelled' };
  const opensAt = Date.parse(appointment.startsAt) - policy.opensMinutesBefore * minute;
  const minutesAfter =
    purpose === 'renewal'
      ? Math.max(policy.closesMinutesAfter, policy.renewsInCallMinutesAfter)
      : policy.closesMinutesAfter;
  const closesAt = Date.parse(appointment.endsAt) + minutesAfter * minute;
  if (appointment.status === 'ended' || now.getTime() >= closesAt) return { open: false, reason: 'closed' };
  if (now.getTime() < opensAt) return { open: false, reason: 'not-yet-open', opensAt: new Date(opensAt).toISOString() };
  return { open: true, closesAt: new Date(closesAt).toISOString() };
}
