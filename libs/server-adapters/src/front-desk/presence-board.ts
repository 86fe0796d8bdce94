import type { GuestPresence, LobbyMessage } from '@portico/domain';

/**
 * The front desk's board: where each guest of an organiser's appointments is, as their browser last
 * reported it, and the note staff left for those waiting. Keyed by organiser, so one staff member's
 * console reads one partition.
 */
export interface PresenceBoard {
  presenceOf(organiserId: string, appointmentId: string, guestEmail: string): Promise<GuestPresence | undefined>;
  /** Keeps a guest's presence, keyed by their address (lower case), which it does not store. */
  record(organiserId: string, guestEmail: string, presence: GuestPresence): Promise<void>;
  /** Everyone on the organiser's board heard from since `since`, with the latest lobby messages. */
  boardOf(
    organiserId: string,
    since: Date,
  ): Promise<{ readonly guests: readonly GuestPresence[]; readonly messages: readonly LobbyMessage[] }>;
  postMessage(organiserId: string, message: LobbyMessage): Promise<void>;
  messageFor(organiserId: string, appointmentId: string): Promise<LobbyMessage | undefined>;
  /** Removes presence and notes last written before `cutoff`; answers how many went. */
  removeBefore(cutoff: Date): Promise<number>;
}
