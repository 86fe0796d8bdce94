import type { Appointment, AppointmentGuest, Brand } from '@portico/domain';
import type { OutgoingEmail } from '../email/mailer';
import { emailButton, emailLayout } from '../guest-email/email-layout';
import { escapeHtml } from '../guest-email/escape-html';
import { formatGuestTime, guestEmailText } from '../guest-email/guest-email-text';
import { howSoon, reminderText } from './reminder-text';

export interface ReminderEmailInput {
  readonly appointment: Appointment;
  readonly guest: AppointmentGuest;
  readonly minutesBefore: number;
  readonly personalLink: string;
  /** Where the guest stops every reminder, by e-mail and by text. */
  readonly stopLink: string;
  readonly brand: Brand;
  readonly privacyNoticeUrl: string;
}

/**
 * A reminder e-mail: when, with whom, the personal link, and how to stop reminders; no calendar
 * file, since the invitation already put the appointment in the guest's calendar.
 */
export function composeReminderEmail(input: ReminderEmailInput): OutgoingEmail {
  const { appointment, guest, brand } = input;
  const words = guestEmailText[guest.locale];
  const text = reminderText[guest.locale];
  const when = formatGuestTime(appointment.startsAt, guest.locale, guest.timeZone);
  const facts = {
    subject: appointment.subject,
    organiser: appointment.organiser.name,
    when,
    howSoon: howSoon(input.minutesBefore, guest.locale),
  };
  const whenLine = `${when} (${guest.timeZone})`;
  const subject = text.emailSubject(facts);
  const plainText = [
    words.greeting(guest.name),
    '',
    text.lead(facts),
    '',
    `${words.whenLabel}: ${whenLine}`,
    `${words.withLabel}: ${appointment.organiser.name}`,
    '',
    `${words.openAction}: ${input.personalLink}`,
    words.openExplanation,
    '',
    `${text.stopExplanation} ${text.stopAction}: ${input.stopLink}`,
    '',
    `${words.privacyNotice}: ${input.privacyNoticeUrl}`,
  ].join('\n');
  const html = emailLayout(
    guest.locale,
    subject,
    brand,
    [
      `<p>${escapeHtml(words.greeting(guest.name))}</p>`,
      `<p>${escapeHtml(text.lead(facts))}</p>`,
      `<table role="presentation"><tr><th scope="row" align="left">${escapeHtml(words.whenLabel)}</th><td>${escapeHtml(whenLine)}</td></tr>` +
        `<tr><th scope="row" align="left">${escapeHtml(words.withLabel)}</th><td>${escapeHtml(appointment.organiser.name)}</td></tr></table>`,
      emailButton(input.personalLink, words.openAction, brand),
      `<p>${escapeHtml(words.openExplanation)}</p>`,
      `<p style="color:#616161">${escapeHtml(text.stopExplanation)} <a href="${escapeHtml(input.stopLink)}" style="color:#616161">${escapeHtml(text.stopAction)}</a></p>`,
    ],
    input.privacyNoticeUrl,
  );
  return { to: { address: guest.email, displayName: guest.name }, subject, plainText, html, attachments: [] };
}
