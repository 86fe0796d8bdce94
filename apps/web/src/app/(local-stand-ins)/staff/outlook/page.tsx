import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ProblemMessage } from '@/components/problem-message';
import { webApp } from '@/composition-root';
import { currentStaff } from '@/staff-auth/current-staff';
import { staffTimeZone } from '@/staff-auth/staff-time-zone';
import { wallClockDate, wallClockTime } from '@/time/staff-time';
import { NewOutlookEventForm } from './new-outlook-event-form';
import { OutlookEventControls } from './outlook-event-controls';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('outlook'))('title') };
}

/** Days ahead the stand-in calendar shows. */
const daysShown = 60;

/**
 * Outlook's stand-in, in local mode only: the signed-in staff member's calendar in the Graph
 * emulator, to edit as if in Outlook and watch the calendar sync carry each change into Portico.
 */
export default async function OutlookStandInPage() {
  const { outlookFor, clock } = webApp();
  if (!outlookFor) notFound();
  const staff = await currentStaff();
  if (!staff) redirect('/staff/sign-in');
  const t = await getTranslations('outlook');
  const format = await getFormatter();
  // Outlook shows a calendar in its mailbox's zone, as the console does.
  const { zone } = await staffTimeZone(staff, await getLocale());
  const now = clock();
  const events = await outlookFor(staff.id)
    .view(
      new Date(now.getTime() - 86_400_000).toISOString(),
      new Date(now.getTime() + daysShown * 86_400_000).toISOString(),
    )
    .catch(() => undefined);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('explanation')}</p>
      <p>
        <Link href="/staff">{t('back')}</Link>
      </p>
      <NewOutlookEventForm date={wallClockDate(new Date(now.getTime() + 86_400_000), zone)} />
      <h2>{t('eventsTitle', { days: daysShown })}</h2>
      <p className="appointment-card__note">{t('timeZoneNote', { timeZone: zone })}</p>
      {!events ? (
        <ProblemMessage title={t('unavailableTitle')} detail={t('unavailable')} />
      ) : events.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="appointment-list">
          {events.map((event) => (
            <li key={event.id}>
              <article className="staff-appointment" aria-labelledby={`outlook-${event.id}`}>
                <h3 id={`outlook-${event.id}`}>{event.subject || t('noSubject')}</h3>
                <p>
                  {format.dateTime(new Date(event.startsAt), {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                    timeZone: zone,
                  })}
                  {' – '}
                  {format.dateTime(new Date(event.endsAt), { timeStyle: 'short', timeZone: zone })}
                </p>
                <p>{event.online ? t('teamsMeeting') : t('notOnline')}</p>
                <p>
                  {event.attendees.length === 0
                    ? t('noAttendees')
                    : t('attendees', { attendees: event.attendees.map((a) => `${a.name} <${a.email}>`).join(', ') })}
                </p>
                <OutlookEventControls
                  eventId={event.id}
                  subject={event.subject || t('noSubject')}
                  date={wallClockDate(new Date(event.startsAt), zone)}
                  time={wallClockTime(new Date(event.startsAt), zone)}
                  duration={Math.round((Date.parse(event.endsAt) - Date.parse(event.startsAt)) / 60_000)}
                />
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
