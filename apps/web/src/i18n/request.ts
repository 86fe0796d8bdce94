import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { isLocale, negotiateLocale } from '@portico/meeting-core';
import { callMessages } from '@portico/ui/messages';
import { localeCookieName } from './locale-cookie';

// The language is the person's choice (cookie) or else their browser's (Accept-Language); URLs stay
// the same in every language, so links in e-mails work whatever the reader's setting.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(localeCookieName)?.value;
  const locale = isLocale(chosen) ? chosen : negotiateLocale((await headers()).get('accept-language'));
  const app = (await import(`../../messages/${locale}.json`)).default;
  // The UI library brings its own call text; the app's messages hold the rest.
  return { locale, messages: { ...app, ...callMessages[locale] } };
});
