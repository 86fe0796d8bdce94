import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale, supportedLocales } from '@portico/domain';
import { webApp } from '@/composition-root';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('privacy'))('title') };
}

/** The built-in description's paragraphs, in order; used where the organisation set no notice. */
const builtInParagraphs = ['whatWeKeep', 'whoSees', 'calls', 'howLong', 'questions'] as const;

/**
 * The privacy notice, linked from every page and every e-mail: the organisation's own text from
 * configuration in the person's language (or another language it has, marked as such), otherwise
 * the portal's own description of what it keeps.
 */
export default async function PrivacyPage() {
  const t = await getTranslations('privacy');
  const locale = await getLocale();
  const { settings } = webApp();
  const notices = settings.privacyNotice;
  const own = isLocale(locale) ? notices[locale] : undefined;
  const otherLocale = supportedLocales.find((candidate) => notices[candidate] !== undefined);
  const configured = own ?? (otherLocale ? notices[otherLocale] : undefined);
  return (
    <article className="privacy-notice">
      <h1>{t('title')}</h1>
      {configured ? (
        <div lang={own ? undefined : otherLocale}>
          {configured.split(/\n\s*\n/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      ) : (
        builtInParagraphs.map((key) => <p key={key}>{t(key, { brand: settings.brand.name })}</p>)
      )}
    </article>
  );
}
