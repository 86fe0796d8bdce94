'use client';

import { Select } from '@fluentui/react-components';
import { supportedLocales, type Locale } from '@portico/domain';
import { languageNames } from './language-names';

/** A choice of the languages Portico speaks, each named in itself, posted as `name`. */
export function LanguageSelect({ name, defaultValue }: { readonly name: string; readonly defaultValue: Locale }) {
  return (
    <Select name={name} defaultValue={defaultValue}>
      {supportedLocales.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {languageNames[locale]}
        </option>
      ))}
    </Select>
  );
}
