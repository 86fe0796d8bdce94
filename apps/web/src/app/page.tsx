import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { webApp } from '@/composition-root';

export default async function LandingPage() {
  const t = await getTranslations('home');
  const brand = webApp().settings.brand.name;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('lead', { brand })}</p>
      <p>
        <Link href="/appointments">{t('guestCta')}</Link>
      </p>
      <h2>{t('stepsTitle')}</h2>
      <ol className="steps">
        <li>{t('step1')}</li>
        <li>{t('step2')}</li>
        <li>{t('step3')}</li>
      </ol>
    </>
  );
}
