import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { errorMessage, isOpenAppointment, porticoError } from '@portico/domain';
import { ProblemMessage } from '@/components/problem-message';
import { webApp } from '@/composition-root';
import { currentStaff } from '@/staff-auth/current-staff';
import { staffTimeZone } from '@/staff-auth/staff-time-zone';
import { AppointmentActions } from './appointment-actions';
import { AppointmentActivity } from './appointment-activity';
import { CalendarSyncPanel } from './calendar-sync-panel';
import { FrontDesk } from './front-desk';
import { LobbyWatch } from './lobby-watch';
import { StaffSignOutButton } from './staff-sign-out-button';
import { WalkInDeskPanel } from './walk-in-desk-panel';
import { undoSecondsLeft } from './undo-seconds-left';
import { calendarDate, viewRange, wallClockDate, wallClockTime } from '@/time/staff-time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('title') };
}

/** The staff console: the signed-in staff member's appointments by day or week, with their actions. */
export default async function StaffConsolePage({
  searchParams,
}: {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await currentStaff();
  if (!staff) redirect('/staff/sign-in');
  const t = await getTranslations('staff');
  const format = await getFormatter();
  const locale = await getLocale();
  const { settings, functionsApi, clock, meetingRelay, outlookFor } = webApp();
  const [{ zone, fromMailbox }, sync] = await Promise.all([
    staffTimeZone(staff, locale),
    functionsApi.getCalendarSync(staff, locale),
  ]);
  const query = await searchParams;
  // One instant for the whole page, so a card never offers an undo its actions then deny.
  const now = clock();
  const view = query['view'] === 'week' ? 'week' : 'day';
  const date =
    calendarDate(typeof query['date'] === 'string' ? query['date'] : undefined) ?? wallClockDate(clock(), zone);
  const range = viewRange(view, date, zone);
  const step = (days: number) => wallClockDate(new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000), 'UTC');
  const result = await functionsApi.listStaffAppointments(staff, { from: range.from, to: range.to }, locale);
  const heading =
    view === 'day'
      ? format.dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: 'full', timeZone: 'UTC' })
      : t('weekOf', { date: format.dateTime(new Date(range.from), { dateStyle: 'long', timeZone: zone }) });
  return (
    <>
      <div className="staff-header">
        <h1>{t('title')}</h1>
        <p>{t('signedInAs', { name: staff.name })}</p>
        <StaffSignOutButton />
      </div>
      <nav aria-label={t('viewNavigation')} className="staff-toolbar">
        <Link href="/staff/new">{t('newTitle')}</Link>
        <Link href="/staff/import">{t('importTitle')}</Link>
        {outlookFor && <Link href="/staff/outlook">{t('outlookStandIn')}</Link>}
        <Link href={`/staff?view=day&date=${date}`} aria-current={view === 'day' ? 'page' : undefined}>
          {t('day')}
        </Link>
        <Link href={`/staff?view=week&date=${date}`} aria-current={view === 'week' ? 'page' : undefined}>
          {t('week')}
        </Link>
        <Link href={`/staff?view=${view}&date=${step(-range.days)}`}>{t('previous')}</Link>
        <Link href={`/staff?view=${view}&date=${step(range.days)}`}>{t('next')}</Link>
      </nav>
      {sync.ok ? (
        <CalendarSyncPanel
          view={sync.value}
          problem={sync.value.problem ? errorMessage(porticoError(sync.value.problem.code), locale) : undefined}
        />
      ) : (
        <ProblemMessage title={t('sync.title')} detail={errorMessage(sync.error, locale).detail} />
      )}
      <FrontDesk timeZone={zone} longWaitMinutes={settings.longWaitMinutes} />
      <WalkInDeskPanel defaultName={t('walkIn.defaultName', { name: staff.name })} />
      <h2>{heading}</h2>
      <p className="appointment-card__note">
        {t(fromMailbox ? 'timeZoneNoteFromMailbox' : 'timeZoneNote', { timeZone: zone })}
      </p>
      {!result.ok ? (
        <ProblemMessage title={t('errorTitle')} detail={errorMessage(result.error, locale).detail} />
      ) : result.value.appointments.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="appointment-list">
          {result.value.appointments.map((appointment) => (
            <li key={appointment.id}>
              <article className="staff-appointment" aria-labelledby={`staff-${appointment.id}`}>
                <h3 id={`staff-${appointment.id}`}>{appointment.subject}</h3>
                <p>
                  {format.dateTime(new Date(appointment.startsAt), {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                    timeZone: zone,
                  })}
                  {' – '}
                  {format.dateTime(new Date(appointment.endsAt), { timeStyle: 'short', timeZone: zone })}
                </p>
                <p>
                  {t('guest', {
                    guests: appointment.guests.map((guest) => `${guest.name} <${guest.email}>`).join(', '),
                  })}
                </p>
                <p>{t(`status.${appointment.status}`)}</p>
                {appointment.feedback.length > 0 && (
                  <ul aria-label={t('feedbackHeading')} data-testid="guest-feedback">
                    {appointment.feedback.map((given) => (
                      <li key={given.guestName}>
                        {t('feedbackFrom', { name: given.guestName, rating: given.rating })}
                        {given.comment && <q>{given.comment}</q>}
                      </li>
                    ))}
                  </ul>
                )}
                {isOpenAppointment(appointment) &&
                  (meetingRelay ? (
                    <>
                      <LobbyWatch appointmentId={appointment.id} />
                      <p>
                        {/* A full page load, not a client-side one: the camera is allowed per document (Permissions-Policy). */}
                        <a href={`/staff/appointments/${encodeURIComponent(appointment.id)}/call`}>{t('joinCall')}</a>
                      </p>
                    </>
                  ) : (
                    <p>{t('joinFromTeams')}</p>
                  ))}
                <AppointmentActivity appointmentId={appointment.id} timeZone={zone} />
                {/* Kept in place through a cancellation that may still be undone, so its status is announced. */}
                {(isOpenAppointment(appointment) || undoSecondsLeft(appointment, now) !== undefined) && (
                  <AppointmentActions
                    appointment={appointment}
                    date={wallClockDate(new Date(appointment.startsAt), zone)}
                    time={wallClockTime(new Date(appointment.startsAt), zone)}
                    when={format.dateTime(new Date(appointment.startsAt), {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                      timeZone: zone,
                    })}
                    undoSecondsLeft={undoSecondsLeft(appointment, now)}
                  />
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
