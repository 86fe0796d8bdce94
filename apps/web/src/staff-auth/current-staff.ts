import 'server-only';
import { getServerSession } from 'next-auth';
import type { AppointmentOrganiser } from '@portico/domain';
import { webApp } from '@/composition-root';
import { staffFromSession } from './staff-auth-options';

/** The signed-in staff member, or undefined. */
export async function currentStaff(): Promise<AppointmentOrganiser | undefined> {
  return staffFromSession(await getServerSession(webApp().staffAuth));
}
