import type { GuestAppointmentView } from '@portico/api-contract';

/**
 * How long until the soonest of these appointments can be joined, or can no longer be: the moment a
 * page showing them is out of date. Undefined when none will change by the clock alone.
 */
export function msUntilNextJoinChange(
  appointments: readonly Pick<GuestAppointmentView, 'join'>[],
  now: Date,
): number | undefined {
  const changes = appointments.flatMap(({ join }) => {
    if (join.open) return [Date.parse(join.closesAt)];
    return join.reason === 'not-yet-open' ? [Date.parse(join.opensAt)] : [];
  });
  if (changes.length === 0) return undefined;
  return Math.max(0, Math.min(...changes) - now.getTime());
}
