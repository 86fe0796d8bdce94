import type { Client } from '@microsoft/microsoft-graph-client';
import type { MailboxSettings } from '@microsoft/microsoft-graph-types';
import {
  err,
  ianaTimeZoneOfMailbox,
  ok,
  porticoError,
  type PorticoError,
  type Result,
  type WindowsTimeZones,
} from '@portico/domain';
import { findIana } from 'windows-iana';
import type { StaffMailboxSettings } from '../mailbox-settings/staff-mailbox-settings';
import { graphErrorToPorticoError } from './graph-errors';

/** CLDR's Windows-to-IANA table, as the `windows-iana` package carries it. */
const windowsTimeZones: WindowsTimeZones = (windowsZone) => findIana(windowsZone);

/**
 * `StaffMailboxSettings` on Microsoft Graph: `GET /users/{id}/mailboxSettings?$select=timeZone`
 * (application permission `MailboxSettings.Read`). Exchange holds a Windows zone name or an IANA one;
 * the domain turns it into an IANA zone, preferring `preferredTimeZone` (the organisation's default)
 * among the zones a Windows name stands for.
 */
export class GraphStaffMailboxSettings implements StaffMailboxSettings {
  constructor(
    private readonly graph: Client,
    private readonly preferredTimeZone?: string,
  ) {}

  async timeZoneOf(staffId: string): Promise<Result<string | undefined, PorticoError>> {
    let settings: Pick<MailboxSettings, 'timeZone'> | null | undefined;
    try {
      settings = await this.graph
        .api(`/users/${encodeURIComponent(staffId)}/mailboxSettings`)
        .select('timeZone')
        .get();
    } catch (error) {
      return err(mailboxSettingsError(error));
    }
    const zone = typeof settings?.timeZone === 'string' ? settings.timeZone : '';
    return ok(ianaTimeZoneOfMailbox(zone, windowsTimeZones, this.preferredTimeZone));
  }
}

/** A mailbox-settings read has no event to miss: any 404 is the mailbox (or its user) missing. */
function mailboxSettingsError(error: unknown): PorticoError {
  const mapped = graphErrorToPorticoError(error);
  return mapped.code === 'meeting-directory.event-missing'
    ? porticoError('meeting-directory.organiser-unknown')
    : mapped;
}
