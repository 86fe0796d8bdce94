import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { errorMessage, porticoError, type PorticoError } from '@portico/domain';
import { GuestCall } from '@/call/guest-call';
import type { CallDriverSetting } from '@/call/call-driver-setting';
import { inAppBrowserOf } from '@/call/in-app-browser';
import { OpenInBrowser } from '@/call/open-in-browser';
import { ProblemMessage } from '@/components/problem-message';
import { webApp } from '@/composition-root';
import { guestSessionFor } from '@/guest-session/current-guest';
import { msUntilNextJoinChange } from '@/join-window/next-join-change';
import { RefreshWhenJoinChanges } from '@/join-window/refresh-when-join-changes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('join'))('title') };
}

/**
 * The join page: rendered on the server with the appointment's details; the device check shows at
 * once while the call driver loads in the background. A cancelled appointment, or one whose window
 * has closed, says so at once: no device check and no button that could never work. Opened inside an
 * app's own browser, it says how to open the page in the phone's browser instead. A guest who comes
 * early checks their devices and waits; the page renders afresh when the window opens (never when it
 * closes: that would take the call away from a guest in it) and joins them if they asked to.
 */
export default async function JoinPage({ params }: { readonly params: Promise<{ readonly id: string }> }) {
  const { functionsApi, settings, clock } = webApp();
  const { id } = await params;
  const session = await guestSessionFor(id);
  if (session === 'signed-out') redirect('/appointments');
  if (session === 'other-appointment') notFound();
  const t = await getTranslations('join');
  const locale = await getLocale();
  const result = await functionsApi.getGuestAppointment(session.email, id, locale);
  if (!result.ok && result.error.code === 'appointment.not-found') notFound();
  const shut = result.ok ? shutReason(result.value.join) : undefined;
  const inApp = inAppBrowserOf((await headers()).get('user-agent') ?? '');
  const opensAt =
    result.ok && !result.value.join.open && result.value.join.reason === 'not-yet-open'
      ? result.value.join.opensAt
      : undefined;
  const driver: CallDriverSetting =
    settings.calls.kind === 'relay' ? { kind: 'relay', relayUrl: settings.calls.url } : { kind: 'acs' };
  return (
    <>
      <p>
        <Link href={`/appointments/${encodeURIComponent(id)}`}>{t('backToAppointment')}</Link>
      </p>
      <h1>{result.ok ? t('heading', { subject: result.value.subject }) : t('title')}</h1>
      {result.ok && result.value.note && !shut && (
        <p className="appointment-card__message">
          {(await getTranslations('appointments'))('message', {
            organiser: result.value.organiserName,
            message: result.value.note,
          })}
        </p>
      )}
      {!result.ok ? (
        <ProblemMessage title={t('errorTitle')} detail={errorMessage(result.error, locale).detail} />
      ) : shut ? (
        <ProblemMessage title={errorMessage(shut, locale).title} detail={errorMessage(shut, locale).detail} />
      ) : inApp ? (
        <OpenInBrowser appName={inApp.appName} />
      ) : (
        <>
          <GuestCall
            appointmentId={id}
            organiserName={result.value.organiserName}
            driver={driver}
            early={opensAt === undefined ? undefined : { opensAt, timeZone: result.value.timeZone }}
            dialIn={result.value.dialIn}
          />
          <RefreshWhenJoinChanges
            inMs={opensAt === undefined ? undefined : msUntilNextJoinChange([result.value], clock())}
          />
        </>
      )}
    </>
  );
}

/** Why nobody can join any more, if so; a window not yet open still shows the device check. */
function shutReason(join: { readonly open: boolean; readonly reason?: string }): PorticoError | undefined {
  if (join.open) return undefined;
  if (join.reason === 'cancelled') return porticoError('appointment.cancelled');
  if (join.reason === 'closed') return porticoError('join.closed');
  return undefined;
}
