import type { PorticoError, Result } from '@portico/domain';

/** What Portico reads of a staff member's own mailbox settings (Microsoft Graph in production). */
export interface StaffMailboxSettings {
  /**
   * The IANA time zone the staff member's mailbox is set to, or undefined when it is set to none
   * Portico can name (no zone, or an Exchange custom zone).
   */
  timeZoneOf(staffId: string): Promise<Result<string | undefined, PorticoError>>;
}
