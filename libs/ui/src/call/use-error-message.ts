'use client';

import { errorMessage, isLocale, type PorticoError } from '@portico/domain';
import { useLocale } from 'next-intl';

/** An error's title and detail in the page's language (English where the language is not Portico's). */
export function useErrorMessage(): (error: PorticoError) => ReturnType<typeof errorMessage> {
  const locale = useLocale();
  return (error) => errorMessage(error, isLocale(locale) ? locale : 'en');
}
