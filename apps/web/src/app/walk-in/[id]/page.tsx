import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { errorMessage, isLocale, defaultLocale, porticoError } from '@portico/domain';
import { ProblemMessage } from '@/components/problem-message';
import { webApp } from '@/composition-root';
import { CheckInForm } from './check-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('walkIn'))('title'), robots: { index: false } };
}

/** A walk-in desk's public check-in page, where its QR code leads. */
export default async function WalkInPage({ params }: { readonly params: Promise<{ readonly id: string }> }) {
  const t = await getTranslations('walkIn');
  const locale = await getLocale();
  const { id } = await params;
  const desk = await webApp().functionsApi.getPublicWalkInDesk(id, locale);
  if (!desk.ok) {
    const problem = errorMessage(desk.error, locale);
    return (
      <>
        <h1>{t('title')}</h1>
        <ProblemMessage title={problem.title} detail={problem.detail} />
      </>
    );
  }
  const closed = errorMessage(porticoError('walk-in.desk-closed'), locale);
  return (
    <>
      <h1>{desk.value.name}</h1>
      <p>{t('with', { organiser: desk.value.organiserName })}</p>
      {desk.value.open ? (
        <>
          <p>{t('explanation')}</p>
          <CheckInForm deskId={id} locale={isLocale(locale) ? locale : defaultLocale} />
        </>
      ) : (
        <ProblemMessage title={closed.title} detail={closed.detail} />
      )}
    </>
  );
}
