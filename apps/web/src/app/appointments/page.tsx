import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { errorMessage } from '@portico/domain';
import { AppointmentList } from '@/components/appointment-list';
import { ProblemMessage } from '@/components/problem-message';
import { webApp } from '@/composition-root';
import { currentGuest } from '@/guest-session/current-guest';
import { msUntilNextJoinChange } from '@/join-window/next-join-change';
import { RefreshWhenJoinChanges } from '@/join-window/refresh-when-join-changes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('appointments'))('title') };
}

export default async function MyAppointmentsPage() {
  const { functionsApi, settings, clock } = webApp();
  const t = await getTranslations('appointments');
  const locale = await getLocale();
  const session = await currentGuest();

  if (!session) {
    return (
      <>
        <h1>{t('signInTitle')}</h1>
        <p>{t('signInInvitation')}</p>
        <p>
          <Link href="/sign-in">{t('signInByEmail')}</Link>
        </p>
        {settings.localSignIn && (
          <p>
            <Link href="/local/guest-sign-in">{t('signInLocal')}</Link>
          </p>
        )}
      </>
    );
  }

  if (session.appointmentId !== undefined) {
    return (
      <>
        <h1>{t('scopedTitle')}</h1>
        <p>{t('scopedExplanation')}</p>
        <p>
          <Link href={`/appointments/${encodeURIComponent(session.appointmentId)}`}>{t('scopedOpen')}</Link>
        </p>
        <p>
          <Link href="/sign-in">{t('signInByEmail')}</Link>
        </p>
      </>
    );
  }

  const result = await functionsApi.listGuestAppointments(session.email, locale);
  const now = clock().getTime();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('signedInAs', { email: session.email })}</p>
      <form action="/sign-out" method="post">
        <button type="submit" className="link-button">
          {(await getTranslations('layout'))('signOut')}
        </button>
      </form>
      {result.ok ? (
        <>
          <RefreshWhenJoinChanges inMs={msUntilNextJoinChange(result.value.appointments, new Date(now))} />
          <AppointmentList
            headingId="upcoming"
            heading={t('upcoming')}
            emptyText={t('noUpcoming')}
            appointments={result.value.appointments.filter((a) => Date.parse(a.endsAt) > now)}
          />
          <AppointmentList
            headingId="past"
            heading={t('past')}
            emptyText={t('noPast')}
            appointments={result.value.appointments.filter((a) => Date.parse(a.endsAt) <= now).reverse()}
          />
        </>
      ) : (
        <ProblemMessage title={t('errorTitle')} detail={errorMessage(result.error, locale).detail} />
      )}
    </>
  );
}
