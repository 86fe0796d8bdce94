'use client';

import { Badge, Card, type BadgeProps } from '@fluentui/react-components';
import type { GuestAppointmentView } from '@portico/api-contract';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';

const statusColour: Record<GuestAppointmentView['status'], BadgeProps['color']> = {
  scheduled: 'brand',
  rescheduled: 'warning',
  cancelled: 'danger',
  ended: 'subtle',
};

/** A titled list of appointments; each shows its time in the guest's own time zone. */
export function AppointmentList({
  headingId,
  heading,
  emptyText,
  appointments,
}: {
  readonly headingId: string;
  readonly heading: string;
  readonly emptyText: string;
  readonly appointments: readonly GuestAppointmentView[];
}) {
  return (
    <section aria-labelledby={headingId} className="appointment-section">
      <h2 id={headingId}>{heading}</h2>
      {appointments.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ul className="appointment-list">
          {appointments.map((appointment) => (
            <li key={appointment.id}>
              <AppointmentCard appointment={appointment} linkToDetail />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One appointment: subject, organiser, time in the guest's zone, status and whether it can be joined. */
export function AppointmentCard({
  appointment,
  headingLevel = 3,
  linkToDetail = false,
}: {
  readonly appointment: GuestAppointmentView;
  readonly headingLevel?: 2 | 3;
  readonly linkToDetail?: boolean;
}) {
  const t = useTranslations('appointments');
  const format = useFormatter();
  const { timeZone } = appointment;
  const when = (iso: string, style: 'full' | 'time') =>
    format.dateTime(
      new Date(iso),
      style === 'full' ? { dateStyle: 'full', timeStyle: 'short', timeZone } : { timeStyle: 'short', timeZone },
    );
  const titleId = `appointment-${appointment.id}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <Card className="appointment-card" aria-labelledby={titleId} role="article">
      <div className="appointment-card__header">
        <Heading id={titleId}>
          {linkToDetail ? (
            <Link href={`/appointments/${encodeURIComponent(appointment.id)}`}>{appointment.subject}</Link>
          ) : (
            appointment.subject
          )}
        </Heading>
        <Badge appearance="tint" color={statusColour[appointment.status]}>
          {t(`status.${appointment.status}`)}
        </Badge>
      </div>
      <p>{t('with', { organiser: appointment.organiserName })}</p>
      {appointment.note && (
        <p className="appointment-card__message">
          {t('message', { organiser: appointment.organiserName, message: appointment.note })}
        </p>
      )}
      <p>{t('timeRange', { start: when(appointment.startsAt, 'full'), end: when(appointment.endsAt, 'time') })}</p>
      <p className="appointment-card__note">{t('timeZoneNote', { timeZone })}</p>
      <p className="appointment-card__join">{joinText(appointment, t, (iso) => when(iso, 'full'))}</p>
    </Card>
  );
}

function joinText(
  { join }: GuestAppointmentView,
  t: ReturnType<typeof useTranslations<'appointments'>>,
  when: (iso: string) => string,
): string {
  if (join.open) return t('join.open', { time: when(join.closesAt) });
  if (join.reason === 'not-yet-open') return t('join.notYetOpen', { time: when(join.opensAt) });
  return join.reason === 'cancelled' ? t('join.cancelled') : t('join.closed');
}
