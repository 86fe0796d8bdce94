import 'server-only';
import { cookies, headers } from 'next/headers';
import { isLocale, negotiateLocale, type Locale } from '@portico/domain';
import { localeCookieName } from './locale-cookie';

/**
 * The language of the person behind this request: their choice (cookie) or else their browser's
 * (Accept-Language). URLs stay the same in every language, so links in e-mails work whatever the
 * reader's setting.
 */
export async function personLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(localeCookieName)?.value;
  return isLocale(chosen) ? chosen : negotiateLocale((await headers()).get('accept-language'));
}
