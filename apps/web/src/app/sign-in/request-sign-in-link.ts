'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import type { Locale } from '@portico/meeting-core';
import { webApp } from '../../composition-root';

export type SignInRequestState =
  | { readonly step: 'ask'; readonly invalidEmail?: boolean; readonly problem?: 'rate-limited' | 'unavailable' }
  | { readonly step: 'sent'; readonly email: string };

/** Asks the Functions API to e-mail a sign-in link; says "sent" whether or not the address is known. */
export async function requestSignInLink(
  _previous: SignInRequestState,
  formData: FormData,
): Promise<SignInRequestState> {
  const email = z.email().safeParse(
    String(formData.get('email') ?? '')
      .trim()
      .toLowerCase(),
  );
  if (!email.success) return { step: 'ask', invalidEmail: true };
  const locale = (await getLocale()) as Locale;
  // App Service puts the client first in X-Forwarded-For; the rate limit is per client as well as per address.
  const forwarded = (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim();
  const result = await webApp().functionsApi.requestSignInLink(email.data, locale, forwarded || 'unknown');
  if (result.ok) return { step: 'sent', email: email.data };
  return { step: 'ask', problem: result.error.code === 'sign-in.rate-limited' ? 'rate-limited' : 'unavailable' };
}
