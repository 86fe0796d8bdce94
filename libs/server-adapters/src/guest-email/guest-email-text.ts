import type { DialIn, GuestNoticeKind, Locale } from '@portico/domain';

interface AppointmentFacts {
  readonly brand: string;
  readonly subject: string;
  readonly organiser: string;
  readonly when: string;
  readonly timeZone: string;
}

/** The words of Portico's e-mails to guests, per language; layout lives in the composers. */
export interface GuestEmailText {
  readonly subject: Record<GuestNoticeKind, (facts: AppointmentFacts) => string>;
  readonly greeting: (name: string) => string;
  readonly lead: Record<GuestNoticeKind, (facts: AppointmentFacts) => string>;
  readonly whenLabel: string;
  readonly withLabel: string;
  readonly noteLabel: string;
  readonly dialInLabel: string;
  readonly dialIn: (dialIn: DialIn) => string;
  readonly openAction: string;
  readonly openExplanation: string;
  readonly calendarExplanation: string;
  readonly ignore: string;
  readonly privacyNotice: string;
  readonly signIn: {
    readonly subject: (brand: string) => string;
    readonly lead: (brand: string, minutes: number) => string;
    readonly action: string;
    readonly notYou: string;
  };
}

const en: GuestEmailText = {
  subject: {
    invitation: (f) => `Invitation: ${f.subject} on ${f.when}`,
    rescheduled: (f) => `New time: ${f.subject} on ${f.when}`,
    cancelled: (f) => `Cancelled: ${f.subject} on ${f.when}`,
  },
  greeting: (name) => `Dear ${name},`,
  lead: {
    invitation: (f) => `${f.organiser} has invited you to an online appointment through ${f.brand}.`,
    rescheduled: (f) => `${f.organiser} has moved your online appointment to a new time.`,
    cancelled: (f) => `${f.organiser} has cancelled your online appointment. You do not need to do anything.`,
  },
  whenLabel: 'When',
  withLabel: 'With',
  noteLabel: 'Note',
  dialInLabel: 'By phone',
  dialIn: (d) =>
    `if you cannot use audio on your device, call ${d.tollNumber}${d.tollFreeNumber ? ` (toll-free: ${d.tollFreeNumber})` : ''} and enter conference ID ${d.conferenceId}#`,
  openAction: 'Open your appointment',
  openExplanation: 'This link is personal: it opens this appointment for you without a password. Do not share it.',
  calendarExplanation: 'The attached calendar file adds the appointment to your calendar.',
  ignore: 'If you did not expect this e-mail, you can ignore it.',
  privacyNotice: 'How we handle your data: privacy notice',
  signIn: {
    subject: (brand) => `Your sign-in link for ${brand}`,
    lead: (brand, minutes) =>
      `Use the link below to see your appointments in ${brand}. It works once, within ${minutes} minutes.`,
    action: 'Sign in',
    notYou: 'If you did not ask for this link, you can ignore this e-mail; nobody can sign in without it.',
  },
};

const nl: GuestEmailText = {
  subject: {
    invitation: (f) => `Uitnodiging: ${f.subject} op ${f.when}`,
    rescheduled: (f) => `Nieuwe tijd: ${f.subject} op ${f.when}`,
    cancelled: (f) => `Geannuleerd: ${f.subject} op ${f.when}`,
  },
  greeting: (name) => `Beste ${name},`,
  lead: {
    invitation: (f) => `${f.organiser} nodigt u uit voor een online afspraak via ${f.brand}.`,
    rescheduled: (f) => `${f.organiser} heeft uw online afspraak naar een nieuwe tijd verplaatst.`,
    cancelled: (f) => `${f.organiser} heeft uw online afspraak geannuleerd. U hoeft niets te doen.`,
  },
  whenLabel: 'Wanneer',
  withLabel: 'Met',
  noteLabel: 'Opmerking',
  dialInLabel: 'Telefonisch',
  dialIn: (d) =>
    `lukt geluid op uw apparaat niet, bel dan ${d.tollNumber}${d.tollFreeNumber ? ` (gratis: ${d.tollFreeNumber})` : ''} en toets vergaderings-ID ${d.conferenceId}#`,
  openAction: 'Open uw afspraak',
  openExplanation:
    'Deze link is persoonlijk: hij opent deze afspraak voor u zonder wachtwoord. Deel hem niet met anderen.',
  calendarExplanation: 'Met het bijgevoegde agendabestand zet u de afspraak in uw agenda.',
  ignore: 'Had u deze e-mail niet verwacht? Dan kunt u hem negeren.',
  privacyNotice: 'Hoe wij met uw gegevens omgaan: privacyverklaring',
  signIn: {
    subject: (brand) => `Uw aanmeldlink voor ${brand}`,
    lead: (brand, minutes) =>
      `Met de link hieronder ziet u uw afspraken in ${brand}. Hij werkt één keer, binnen ${minutes} minuten.`,
    action: 'Aanmelden',
    notYou: 'Heeft u deze link niet aangevraagd? Dan kunt u deze e-mail negeren; zonder de link kan niemand aanmelden.',
  },
};

export const guestEmailText: Readonly<Record<Locale, GuestEmailText>> = { en, nl };

/** How a guest reads a moment: their language's long date and time, in their own zone. */
export function formatGuestTime(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}
