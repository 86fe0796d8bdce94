import type { AppointmentStatus } from './appointment/appointment';

/**
 * How long before the start guests may join, and how long after the end they still may. A guest
 * already in the call keeps renewing their token for longer, up to a hard cap, so an appointment
 * that overruns does not drop them, and a guest who was in the call and dropped may rejoin for a
 * grace period after the window closes (Teams itself refuses once the meeting is over).
 */
export interface JoinWindowPolicy {
  readonly opensMinutesBefore: number;
  readonly closesMinutesAfter: number;
  readonly renewsInCallMinutesAfter: number;
  readonly rejoinGraceMinutesAfter: number;
}

export const defaultJoinWindowPolicy: JoinWindowPolicy = {
  opensMinutesBefore: 15,
  closesMinutesAfter: 30,
  renewsInCallMinutesAfter: 240,
  rejoinGraceMinutesAfter: 120,
};

/**
 * A join starts a call; a renewal keeps one going (the token credential asks only during a call); a
 * rejoin is a join by a guest who was in the call before.
 */
export type JoinPurpose = 'join' | 'renewal' | 'rejoin';

export type JoinWindowState =
  | { readonly open: true; readonly closesAt: string }
  | { readonly open: false; readonly reason: 'not-yet-open'; readonly opensAt: string }
  | { readonly open: false; readonly reason: 'closed' | 'cancelled' };

const minute = 60_000;

function extraMinutesAfter(policy: JoinWindowPolicy, purpose: JoinPurpose): number {
  if (purpose === 'renewal') return policy.renewsInCallMinutesAfter;
  // A rejoin never outlasts what a guest who stayed in the call could renew.
  if (purpose === 'rejoin') return Math.min(policy.rejoinGraceMinutesAfter, policy.renewsInCallMinutesAfter);
  return 0;
}

/** Whether a guest may join (or renew) at `now`, and if not, why. The clock is always passed in. */
export function joinWindow(
  appointment: { readonly status: AppointmentStatus; readonly startsAt: string; readonly endsAt: string },
  now: Date,
  policy: JoinWindowPolicy = defaultJoinWindowPolicy,
  purpose: JoinPurpose = 'join',
): JoinWindowState {
  if (appointment.status === 'cancelled') return { open: false, reason: 'cancelled' };
  const opensAt = Date.parse(appointment.startsAt) - policy.opensMinutesBefore * minute;
  const minutesAfter = Math.max(policy.closesMinutesAfter, extraMinutesAfter(policy, purpose));
  const closesAt = Date.parse(appointment.endsAt) + minutesAfter * minute;
  if (appointment.status === 'ended' || now.getTime() >= closesAt) return { open: false, reason: 'closed' };
  if (now.getTime() < opensAt) return { open: false, reason: 'not-yet-open', opensAt: new Date(opensAt).toISOString() };
  return { open: true, closesAt: new Date(closesAt).toISOString() };
}
