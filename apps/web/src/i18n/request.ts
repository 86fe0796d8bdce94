import { getRequestConfig } from 'next-intl/server';
import { callMessages } from '@portico/ui/messages';
import { personLocale } from './person-locale';

export default getRequestConfig(async () => {
  const locale = await personLocale();
  const app = (await import(`../../messages/${locale}.json`)).default;
  // The UI library brings its own call text; the app's messages hold the rest.
  return { locale, messages: { ...app, ...callMessages[locale] } };
});
