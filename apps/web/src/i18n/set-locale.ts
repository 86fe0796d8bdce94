'use server';

import { cookies } from 'next/headers';
import { isLocale } from '@portico/domain';
import { localeCookieName } from './locale-cookie';
import { actionForm } from '@/http/action-form';

/** Server action behind the language switcher; works without JavaScript as a plain form post. */
export async function setLocale(input: FormData): Promise<void> {
  const locale = actionForm(input).get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookieName, locale, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 60 * 60 });
}
