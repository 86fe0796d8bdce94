import type { Brand, Locale } from '@portico/domain';
import type { OutgoingEmail } from '../email/mailer';
import { emailButton, emailLayout } from './email-layout';
import { escapeHtml } from './escape-html';
import { guestEmailText } from './guest-email-text';

export interface SignInEmailInput {
  readonly email: string;
  readonly locale: Locale;
  readonly link: string;
  readonly validMinutes: number;
  readonly brand: Brand;
  /** The portal's privacy notice, linked at the foot of every e-mail. */
  readonly privacyNoticeUrl: string;
}

/** The e-mail with a single-use link that signs a guest in to see all their appointments. */
export function composeSignInEmail({
  email,
  locale,
  link,
  validMinutes,
  brand,
  privacyNoticeUrl,
}: SignInEmailInput): OutgoingEmail {
  const text = guestEmailText[locale].signIn;
  const privacyNotice = `${guestEmailText[locale].privacyNotice}: ${privacyNoticeUrl}`;
  const subject = text.subject(brand.name);
  const lead = text.lead(brand.name, validMinutes);
  return {
    to: { address: email, displayName: email },
    subject,
    plainText: [lead, '', `${text.action}: ${link}`, '', text.notYou, '', privacyNotice].join('\n'),
    html: emailLayout(
      locale,
      subject,
      brand,
      [
        `<p>${escapeHtml(lead)}</p>`,
        emailButton(link, text.action, brand),
        `<p style="color:#616161">${escapeHtml(text.notYou)}</p>`,
      ],
      privacyNoticeUrl,
    ),
    attachments: [],
  };
}
