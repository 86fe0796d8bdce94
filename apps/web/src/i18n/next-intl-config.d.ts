import type { Locale } from '@portico/domain';

// `getLocale()` and `useLocale()` give Portico's own Locale: `i18n/request.ts` only ever picks one.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
  }
}
