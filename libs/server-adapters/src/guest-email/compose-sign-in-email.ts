import type { Locale } from '@portico/domain';
import type { OutgoingEmail } from '../email/mailer';
import { emailButton, emailLayout } from './email-layout';
import { escapeHtml } from './escape-html';
import { guestEmailText } from './guest-email-text';

export interface SignInEmailInput {
  readonly email: string;
  readonly locale: Locale;
  readonly link: string;
  readonly validMinutes: number;
  readonly brandName: string;
}

/** The e-mail with a single-use link that signs a guest in to see all their appointments. */
export function composeSignInEmail({ email, locale, link, validMinutes, brandName }: SignInEmailInput): OutgoingEmail {
  const text = guestEmailText[locale].signIn;
  const subject = text.subject(brandName);
  const lead = text.lead(brandName, validMinutes);
  return {
    to: { address: email, displayName: email },
    subject,
    plainText: [lead, '', `${text.action}: ${link}`, '', text.notYou].join('\n'),
    html: emailLayout(locale, subject, [
      `<p>${escapeHtml(lead)}</p>`,
      emailButton(link, text.action),
      `<p style="color:#616161">${escapeHtml(text.notYou)}</p>`,
    ]),
    attachments: [],
  };
}
