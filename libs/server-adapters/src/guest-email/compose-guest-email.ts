import type { Appointment, AppointmentGuest, Brand } from '@portico/domain';
import type { OutgoingEmail } from '../email/mailer';
import { appointmentCalendarFile } from './appointment-calendar-file';
import { escapeHtml } from './escape-html';
import type { GuestNoticeKind } from '@portico/domain';
import { formatGuestTime, guestEmailText } from './guest-email-text';
import { emailButton, emailLayout } from './email-layout';

export interface GuestEmailInput {
  readonly kind: GuestNoticeKind;
  readonly appointment: Appointment;
  readonly guest: AppointmentGuest;
  /** The guest's personal link to this appointment; none in a cancellation, which has nothing to open. */
  readonly personalLink?: string;
  readonly brand: Brand;
  /** The portal's privacy notice, linked at the foot of every e-mail. */
  readonly privacyNoticeUrl: string;
}

/**
 * The e-mail a guest gets when an appointment is made, moved or cancelled: in their language, with
 * the time in their zone, a personal link, and a calendar file that adds, updates or removes it.
 */
export function composeGuestEmail({
  kind,
  appointment,
  guest,
  personalLink,
  brand,
  privacyNoticeUrl,
}: GuestEmailInput): OutgoingEmail {
  const text = guestEmailText[guest.locale];
  const when = formatGuestTime(appointment.startsAt, guest.locale, guest.timeZone);
  const facts = {
    brand: brand.name,
    subject: appointment.subject,
    organiser: appointment.organiser.name,
    when,
    timeZone: guest.timeZone,
  };
  const whenLine = `${when} (${guest.timeZone})`;
  const link = kind === 'cancelled' ? undefined : personalLink;
  const dialIn = appointment.dialIn && kind !== 'cancelled' ? text.dialIn(appointment.dialIn) : undefined;
  const lines = [
    text.greeting(guest.name),
    '',
    text.lead[kind](facts),
    '',
    `${text.whenLabel}: ${whenLine}`,
    `${text.withLabel}: ${appointment.organiser.name}`,
    ...(appointment.note && kind !== 'cancelled' ? [`${text.noteLabel}: ${appointment.note}`] : []),
    ...(dialIn ? [`${text.dialInLabel}: ${dialIn}`] : []),
    '',
    ...(link ? [`${text.openAction}: ${link}`, text.openExplanation, ''] : []),
    text.calendarExplanation,
    text.ignore,
    '',
    `${text.privacyNotice}: ${privacyNoticeUrl}`,
  ];
  const details = [
    [text.whenLabel, whenLine],
    [text.withLabel, appointment.organiser.name],
    ...(appointment.note && kind !== 'cancelled' ? [[text.noteLabel, appointment.note]] : []),
    ...(dialIn ? [[text.dialInLabel, dialIn]] : []),
  ];
  const html = emailLayout(
    guest.locale,
    text.subject[kind](facts),
    brand,
    [
      `<p>${escapeHtml(text.greeting(guest.name))}</p>`,
      `<p>${escapeHtml(text.lead[kind](facts))}</p>`,
      `<table role="presentation">${details
        .map(
          ([label, value]) =>
            `<tr><th scope="row" align="left">${escapeHtml(label ?? '')}</th><td>${escapeHtml(value ?? '')}</td></tr>`,
        )
        .join('')}</table>`,
      ...(link ? [emailButton(link, text.openAction, brand), `<p>${escapeHtml(text.openExplanation)}</p>`] : []),
      `<p>${escapeHtml(text.calendarExplanation)}</p>`,
      `<p style="color:#616161">${escapeHtml(text.ignore)}</p>`,
    ],
    privacyNoticeUrl,
  );
  return {
    to: { address: guest.email, displayName: guest.name },
    subject: text.subject[kind](facts),
    plainText: lines.join('\n'),
    html,
    attachments: [appointmentCalendarFile(appointment, guest, link, lines.join('\n'))],
  };
}
