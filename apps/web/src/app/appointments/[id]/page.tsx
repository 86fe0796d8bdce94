import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { errorMessage } from '@portico/domain';
import { AppointmentCard } from '@/components/appointment-list';
import { ProblemMessage } from '@/components/problem-message';
import { webApp } from '@/composition-root';
import { guestSessionFor } from '@/guest-session/current-guest';
import { msUntilNextJoinChange } from '@/join-window/next-join-change';
import { RefreshWhenJoinChanges } from '@/join-window/refresh-when-join-changes';
import { WalkInPlace } from './walk-in-place';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('appointments'))('detailTitle') };
}

/**
 * One of the guest's appointments. Someone else's, or one that does not exist, is the same 404. "Join"
 * appears by itself when the window opens, and goes when it closes.
 */
export default async function AppointmentPage({ params }: { readonly params: Promise<{ readonly id: string }> }) {
  const { functionsApi, clock } = webApp();
  const { id } = await params;
  const session = await guestSessionFor(id);
  if (session === 'signed-out') redirect('/appointments');
  // A personal link's session opens its own appointment only; any other is the same 404.
  if (session === 'other-appointment') notFound();
  const t = await getTranslations('appointments');
  const locale = await getLocale();
  const result = await functionsApi.getGuestAppointment(session.email, id, locale);
  if (!result.ok && result.error.code === 'appointment.not-found') notFound();
  return (
    <>
      <p>
        <Link href="/appointments">{t('backToList')}</Link>
      </p>
      <h1>{t('detailTitle')}</h1>
      {result.ok ? (
        <>
          <AppointmentCard appointment={result.value} headingLevel={2} />
          <RefreshWhenJoinChanges inMs={msUntilNextJoinChange([result.value], clock())} />
          {result.value.walkIn && result.value.join.open && (
            <WalkInPlace position={result.value.walkIn.position} taken={result.value.walkIn.taken} />
          )}
          {result.value.join.open && (
            <p>
              {/* A full page load, not a client-side one: the camera is allowed per document (Permissions-Policy). */}
              <a className="primary-link" href={`/appointments/${encodeURIComponent(id)}/join`}>
                {(await getTranslations('join'))('joinNow')}
              </a>
            </p>
          )}
          {/* A walk-in is now, not something to put in a calendar. */}
          {!result.value.walkIn && (result.value.status === 'scheduled' || result.value.status === 'rescheduled') && (
            <p>
              <a href={`/appointments/${encodeURIComponent(id)}/calendar`} download>
                {t('addToCalendar')}
              </a>
            </p>
          )}
        </>
      ) : (
        <ProblemMessage title={t('errorTitle')} detail={errorMessage(result.error, locale).detail} />
      )}
    </>
  );
}
