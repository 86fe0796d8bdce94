import type { Appointment, AppointmentGuest, Brand } from '@portico/domain';
import type { OutgoingText } from '../sms/text-messenger';
import { howSoon, reminderText } from './reminder-text';

/** Longer subjects are cut in a text message, which is paid per 160-character segment. */
const maxSubjectInText = 40;

export interface ReminderTextInput {
  readonly appointment: Appointment;
  readonly guest: AppointmentGuest & { readonly textReminders: { readonly phone: string } };
  readonly minutesBefore: number;
  /** Short links: to the appointment, and to stop reminders. */
  readonly link: string;
  readonly stopLink: string;
  readonly brand: Brand;
}

/** A reminder by text message: what, with whom, when (short, in the guest's zone), and two short links. */
export function composeReminderText(input: ReminderTextInput): OutgoingText {
  const { appointment, guest } = input;
  const subject =
    appointment.subject.length > maxSubjectInText
      ? `${appointment.subject.slice(0, maxSubjectInText - 1).trimEnd()}…`
      : appointment.subject;
  const when = new Intl.DateTimeFormat(guest.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: guest.timeZone,
  }).format(new Date(appointment.startsAt));
  const message = reminderText[guest.locale].sms({
    brand: input.brand.name,
    subject,
    organiser: appointment.organiser.name,
    when,
    howSoon: howSoon(input.minutesBefore, guest.locale),
    link: input.link,
    stopLink: input.stopLink,
  });
  return { to: guest.textReminders.phone, message };
}
