import type { Locale } from '@portico/domain';

/** Each language Portico speaks, named in itself, as a person looking for their own reads it. */
export const languageNames: Readonly<Record<Locale, string>> = { en: 'English', nl: 'Nederlands' };
