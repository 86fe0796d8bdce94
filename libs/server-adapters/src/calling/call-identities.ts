/**
 * Remembers the ACS user each guest has per appointment, so rejoining and renewing a token use the
 * same identity (one participant in the meeting's roster, one chat history), and so a token is only
 * ever renewed for the identity minted for this guest.
 */
export interface CallIdentities {
  find(appointmentId: string, guestEmail: string): Promise<string | undefined>;
  /** Keeps `userId` unless the guest already has one, and returns the one that is kept. */
  remember(appointmentId: string, guestEmail: string, userId: string): Promise<string>;
  /**
   * Puts `replacement` in place of `lost`, an identity the identity service no longer knows, unless
   * another request replaced it first; returns the one that is kept.
   */
  replace(appointmentId: string, guestEmail: string, lost: string, replacement: string): Promise<string>;
}
