import type { Locale } from '@portico/domain';

interface ReminderFacts {
  readonly subject: string;
  readonly organiser: string;
  readonly when: string;
  /** "tomorrow", "in 1 hour": how far off the appointment is, in the guest's language. */
  readonly howSoon: string;
}

/** The words of Portico's reminders, by e-mail and by text, per language; layout lives in the composers. */
export interface ReminderText {
  readonly emailSubject: (facts: ReminderFacts) => string;
  readonly lead: (facts: ReminderFacts) => string;
  readonly stopAction: string;
  readonly stopExplanation: string;
  readonly sms: (
    facts: ReminderFacts & { readonly brand: string; readonly link: string; readonly stopLink: string },
  ) => string;
}

const en: ReminderText = {
  emailSubject: (f) => `Reminder: ${f.subject} on ${f.when}`,
  lead: (f) => `A reminder of your online appointment with ${f.organiser}, ${f.howSoon}.`,
  stopAction: 'Stop reminders',
  stopExplanation: 'Do not want reminders by e-mail or text message? You can stop them here.',
  sms: (f) =>
    `${f.brand}: reminder of ${f.subject} with ${f.organiser}, ${f.when}. Open: ${f.link} Stop reminders: ${f.stopLink}`,
};

const nl: ReminderText = {
  emailSubject: (f) => `Herinnering: ${f.subject} op ${f.when}`,
  lead: (f) => `Een herinnering aan uw online afspraak met ${f.organiser}, ${f.howSoon}.`,
  stopAction: 'Geen herinneringen meer',
  stopExplanation: 'Wilt u geen herinneringen per e-mail of sms? Dan kunt u ze hier stopzetten.',
  sms: (f) =>
    `${f.brand}: herinnering aan ${f.subject} met ${f.organiser}, ${f.when}. Openen: ${f.link} Geen herinneringen meer: ${f.stopLink}`,
};

export const reminderText: Readonly<Record<Locale, ReminderText>> = { en, nl };

/** "tomorrow", "in 1 hour", "over 30 minuten": a reminder's lead in the guest's language. */
export function howSoon(minutesBefore: number, locale: Locale): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (minutesBefore % (24 * 60) === 0) return format.format(minutesBefore / (24 * 60), 'day');
  if (minutesBefore % 60 === 0) return format.format(minutesBefore / 60, 'hour');
  return format.format(minutesBefore, 'minute');
}
