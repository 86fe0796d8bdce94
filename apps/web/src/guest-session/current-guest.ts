import 'server-only';
import { cookies } from 'next/headers';
import { webApp } from '@/composition-root';
import type { GuestSession } from './guest-sessions';

/** The signed-in guest, as their session cookie proves, or undefined. */
export async function currentGuest(): Promise<GuestSession | undefined> {
  const { guestSessions } = webApp();
  return guestSessions.read((await cookies()).get(guestSessions.cookieName)?.value);
}

/**
 * The guest's session if it may open this appointment; else why not: no session, or a personal
 * link's session that is for another appointment (which callers answer like a missing one).
 */
export async function guestSessionFor(
  appointmentId: string,
): Promise<GuestSession | 'signed-out' | 'other-appointment'> {
  const session = await currentGuest();
  if (!session) return 'signed-out';
  return session.appointmentId !== undefined && session.appointmentId !== appointmentId ? 'other-appointment' : session;
}
