'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { errorMessage, isLocale } from '@portico/domain';
import { webApp } from '@/composition-root';
import { actionForm } from '@/http/action-form';
import { clientAddress } from '@/http/client-address';

export interface CheckInState {
  readonly problem?: { readonly title: string; readonly detail: string };
}

/**
 * Checks the guest in at the desk and signs them in to that one appointment (as a personal link
 * would: the address is not proven, so the session opens nothing else), then shows them their place.
 */
export async function checkIn(_previous: CheckInState, input: FormData): Promise<CheckInState> {
  const form = actionForm(input);
  const { functionsApi, guestSessions, settings } = webApp();
  const locale = await getLocale();
  const language = String(form.get('language') ?? '');
  const client = clientAddress((await headers()).get('x-forwarded-for'), settings.trustedProxyHops) ?? 'unknown';
  const checkedIn = await functionsApi.checkInAtWalkInDesk(
    String(form.get('deskId') ?? ''),
    {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? '').trim(),
      locale: isLocale(language) ? language : locale,
    },
    client,
    locale,
  );
  if (!checkedIn.ok) return { problem: errorMessage(checkedIn.error, locale) };
  const cookie = await guestSessions.issue(checkedIn.value.email, new Date(), checkedIn.value.appointmentId);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect(`/appointments/${encodeURIComponent(checkedIn.value.appointmentId)}`);
}
