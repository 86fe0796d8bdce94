'use client';

import { Button } from '@fluentui/react-components';
import { supportedLocales, type Locale } from '@portico/domain';
import { useTranslations } from 'next-intl';
import { languageNames } from './language-names';

/** Two buttons, each naming its language in that language; a plain form post, so it works without JavaScript. */
export function LanguageSwitcher({
  current,
  action,
}: {
  readonly current: Locale;
  readonly action: (formData: FormData) => Promise<void>;
}) {
  const t = useTranslations('language');
  return (
    <form action={action} className="language-switcher" aria-label={t('label')}>
      {supportedLocales.map((locale) => (
        <Button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          size="small"
          appearance={locale === current ? 'primary' : 'subtle'}
          aria-current={locale === current ? 'true' : undefined}
        >
          {languageNames[locale]}
          {locale === current && <span className="visually-hidden"> {t('current')}</span>}
        </Button>
      ))}
    </form>
  );
}
