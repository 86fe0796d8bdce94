import { z } from 'zod';
import { isTimeZone } from '@portico/domain';

/** Where a staff member's time zone came from: their mailbox, or the portal's default when it names none or cannot be read. */
const staffTimeZoneSources = ['mailbox', 'default'] as const;

/** The signed-in staff member's own settings: the IANA time zone their times are entered and shown in. */
export const staffSettingsViewSchema = z.object({
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone'),
  timeZoneSource: z.enum(staffTimeZoneSources),
});

export type StaffSettingsView = z.infer<typeof staffSettingsViewSchema>;
