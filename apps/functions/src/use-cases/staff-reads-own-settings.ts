import type { StaffSettingsView } from '@portico/api-contract';
import type { AppointmentOrganiser } from '@portico/domain';
import type { FunctionDependencies } from '../function-dependencies';

/**
 * The staff member's own settings: the time zone their mailbox is set to, or the default when it
 * names none Portico knows or Graph cannot say (refused, no mailbox, unavailable). The console must
 * show times either way, so this never fails; the traced port records why Graph did not answer.
 */
export async function staffReadsOwnSettings(
  deps: Pick<FunctionDependencies, 'staffMailboxSettings' | 'defaultStaffTimeZone'>,
  staff: AppointmentOrganiser,
): Promise<StaffSettingsView> {
  const mailbox = await deps.staffMailboxSettings.timeZoneOf(staff.id).catch(() => undefined);
  return mailbox?.ok && mailbox.value !== undefined
    ? { timeZone: mailbox.value, timeZoneSource: 'mailbox' }
    : { timeZone: deps.defaultStaffTimeZone, timeZoneSource: 'default' };
}
