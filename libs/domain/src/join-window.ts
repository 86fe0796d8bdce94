import type { AppointmentStatus } from './appointment/appointment';

/** How long before the start guests may join, and how long after the end they still may. */
export interface JoinWindowPolicy {
  readonly opensMinutesBefore: number;
  readonly closesMinutesAfter: number;
}

export const defaultJoinWindowPolicy: JoinWindowPolicy = { opensMinutesBefore: 15, closesMinutesAfter: 30 };

export type JoinWindowState =
  | { readonly open: true; readonly closesAt: string }
  | { readonly open: false; readonly reason: 'not-yet-open'; readonly opensAt: string }
  | { readonly open: false; readonly reason: 'closed' | 'cancelled' };

const minute = 60_000;

/** Whether a guest may join at `now`, and if not, why. The clock is always passed in. */
export function joinWindow(
  appointment: { readonly status: AppointmentStatus; readonly startsAt: string; readonly endsAt: string },
  now: Date,
  policy: JoinWindowPolicy = defaultJoinWindowPolicy,
): JoinWindowState {
  if (appointment.status === 'cancelled') return { open: false, reason: 'cancelled' };
  const opensAt = Date.parse(appointment.startsAt) - policy.opensMinutesBefore * minute;
  const closesAt = Date.parse(appointment.endsAt) + policy.closesMinutesAfter * minute;
  if (appointment.status === 'ended' || now.getTime() >= closesAt) return { open: false, reason: 'closed' };
  if (now.getTime() < opensAt) return { open: false, reason: 'not-yet-open', opensAt: new Date(opensAt).toISOString() };
  return { open: true, closesAt: new Date(closesAt).toISOString() };
}
