'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { webApp } from '@/composition-root';
import { clientAddress } from '@/http/client-address';
import { actionForm } from '@/http/action-form';

export type SignInRequestState =
  | { readonly step: 'ask'; readonly invalidEmail?: boolean; readonly problem?: 'rate-limited' | 'unavailable' }
  | { readonly step: 'sent'; readonly email: string };

/** Asks the Functions API to e-mail a sign-in link; says "sent" whether or not the address is known. */
export async function requestSignInLink(_previous: SignInRequestState, input: FormData): Promise<SignInRequestState> {
  const formData = actionForm(input);
  const email = z.email().safeParse(
    String(formData.get('email') ?? '')
      .trim()
      .toLowerCase(),
  );
  if (!email.success) return { step: 'ask', invalidEmail: true };
  const locale = await getLocale();
  const { functionsApi, settings } = webApp();
  // The rate limit is per client as well as per address; the client is who our front end saw.
  const client = clientAddress((await headers()).get('x-forwarded-for'), settings.trustedProxyHops);
  const result = await functionsApi.requestSignInLink(email.data, locale, client ?? 'unknown');
  if (result.ok) return { step: 'sent', email: email.data };
  return { step: 'ask', problem: result.error.code === 'sign-in.rate-limited' ? 'rate-limited' : 'unavailable' };
}
