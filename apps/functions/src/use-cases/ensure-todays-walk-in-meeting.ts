import {
  deskDay,
  needsTodaysMeeting,
  ok,
  endOfDeskDay,
  withTodaysMeeting,
  type PorticoError,
  type Result,
  type WalkInDesk,
} from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/**
 * Gives an open desk today's Teams meeting, made in its organiser's calendar through Graph with the
 * desk's colleagues invited (so they can let guests in from its lobby), unless it has one. The meeting is named by desk and day (Graph's `transactionId`), so a retry, a second tab or
 * the daily timer racing a check-in all get the one event. Answers the desk as it now is.
 */
export async function ensureTodaysWalkInMeeting(
  deps: Pick<FunctionDependencies, 'meetings' | 'walkInDesks' | 'clock'>,
  desk: WalkInDesk,
  etag: string,
): Promise<Result<WalkInDesk, PorticoError>> {
  const now = deps.clock();
  if (!needsTodaysMeeting(desk, now)) return ok(desk);
  const meeting = await deps.meetings.createMeeting({
    organiserId: desk.organiser.id,
    appointmentId: `walk-in-${desk.id}-${deskDay(now, desk.timeZone)}`,
    subject: desk.name,
    startsAt: now.toISOString(),
    endsAt: endOfDeskDay(now, desk.timeZone).toISOString(),
    colleagues: desk.members,
  });
  if (!meeting.ok) return meeting;
  const renewed = withTodaysMeeting(
    desk,
    {
      calendarEventId: meeting.value.calendarEventId,
      meeting: meeting.value.meeting,
      ...(meeting.value.dialIn ? { dialIn: meeting.value.dialIn } : {}),
    },
    now,
  );
  // Someone else saved first: theirs holds the same meeting (same transactionId), so either will do.
  await deps.walkInDesks.save(renewed, etag);
  return ok(renewed);
}
