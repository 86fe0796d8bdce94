import type { FrontDeskView } from '@portico/api-contract';
import { presenceState, type AppointmentOrganiser } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/** How far back the front desk looks: a working day, so yesterday's guests are gone by morning. */
const lookBackMs = 12 * 60 * 60_000;

/** The staff member's front desk: where each guest of their appointments is now, and the notes left. */
export async function staffReadsFrontDesk(
  deps: Pick<FunctionDependencies, 'presenceBoard' | 'clock'>,
  staff: AppointmentOrganiser,
): Promise<FrontDeskView> {
  const now = deps.clock();
  const board = await deps.presenceBoard.boardOf(staff.id, new Date(now.getTime() - lookBackMs));
  return {
    guests: board.guests.map((presence) => {
      const state = presenceState(presence, now);
      return {
        appointmentId: presence.appointmentId,
        subject: presence.subject,
        guestName: presence.guestName,
        state,
        since: state === 'dropped' ? presence.lastSeenAt : presence.phaseSince,
      };
    }),
    lobbyMessages: board.messages.map((message) => ({ ...message })),
  };
}
