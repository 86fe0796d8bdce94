'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { webApp } from '../../../composition-root';

export interface LocalSignInState {
  readonly invalidEmail: boolean;
}

/** Signs in as any guest without a password; refused unless the local stand-ins are in use. */
export async function signInAsLocalGuest(_previous: LocalSignInState, formData: FormData): Promise<LocalSignInState> {
  const { settings, guestSessions } = webApp();
  if (!settings.localSignIn) throw new Error('The local guest sign-in is not available here');
  const email = z.email().safeParse(
    String(formData.get('email') ?? '')
      .trim()
      .toLowerCase(),
  );
  if (!email.success) return { invalidEmail: true };
  const cookie = await guestSessions.issue(email.data);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect('/appointments');
}
