'use server';

import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { webApp } from '@/composition-root';
import { actionForm } from '@/http/action-form';

export interface LocalSignInState {
  readonly invalidEmail: boolean;
}

/** Signs in as any guest without a password; refused unless the local stand-ins are in use. */
export async function signInAsLocalGuest(_previous: LocalSignInState, input: FormData): Promise<LocalSignInState> {
  const formData = actionForm(input);
  const { settings, guestSessions } = webApp();
  // A crafted post outside local mode finds nothing here, as the page itself does.
  if (!settings.localSignIn) notFound();
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
