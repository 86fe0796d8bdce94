import 'server-only';
import type { AppointmentOrganiser, Locale } from '@portico/domain';
import { webApp, type WebApp } from '@/composition-root';

/** The zone a staff member's times are entered and shown in, and whether it is their mailbox's own. */
export interface StaffTimeZone {
  readonly zone: string;
  readonly fromMailbox: boolean;
}

/**
 * The signed-in staff member's time zone, the one rule every staff page and action uses: the zone
 * of their own mailbox, as Functions reads it from Graph, or the portal's default
 * (`PORTICO_DEFAULT_TIME_ZONE`) when Functions cannot say or sends a zone this runtime does not know.
 */
export async function staffTimeZone(
  staff: AppointmentOrganiser,
  locale: Locale,
  { functionsApi, settings }: Pick<WebApp, 'functionsApi' | 'settings'> = webApp(),
): Promise<StaffTimeZone> {
  const own = await functionsApi.getStaffSettings(staff, locale);
  return own.ok
    ? { zone: own.value.timeZone, fromMailbox: own.value.timeZoneSource === 'mailbox' }
    : { zone: settings.defaultTimeZone, fromMailbox: false };
}
