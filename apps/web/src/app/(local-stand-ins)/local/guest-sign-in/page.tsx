import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { webApp } from '@/composition-root';
import { LocalSignInForm } from './local-sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('localSignIn'))('title'), robots: { index: false } };
}

export default async function LocalGuestSignInPage({
  searchParams,
}: {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!webApp().settings.localSignIn) notFound();
  const t = await getTranslations('localSignIn');
  const requested = (await searchParams)['email'];
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('explanation')}</p>
      <LocalSignInForm defaultEmail={typeof requested === 'string' ? requested : ''} />
    </>
  );
}
