'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { webApp } from '@/composition-root';
import { actionForm } from '@/http/action-form';

export interface RedeemState {
  readonly problem?: 'link-invalid' | 'unavailable';
}

/** Uses up the sign-in link and signs the guest in to all their appointments. */
export async function redeemSignInLink(_previous: RedeemState, input: FormData): Promise<RedeemState> {
  const formData = actionForm(input);
  const { functionsApi, guestSessions } = webApp();
  const token = String(formData.get('token') ?? '');
  const result = await functionsApi.redeemSignInLink(token, await getLocale());
  if (!result.ok) return { problem: result.error.code === 'sign-in.link-invalid' ? 'link-invalid' : 'unavailable' };
  const cookie = await guestSessions.issue(result.value.email);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect('/appointments');
}
