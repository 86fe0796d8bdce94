import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { errorMessage } from '@portico/domain';
import { ProblemMessage } from '@/components/problem-message';
import { webApp } from '@/composition-root';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations('reminders'))('shortLinkTitle'),
    referrer: 'no-referrer',
    robots: { index: false },
  };
}

/** A text message's short link: on to the portal page it stands for, or why it no longer works. */
export default async function ShortLinkPage({ params }: { readonly params: Promise<{ readonly code: string }> }) {
  const locale = await getLocale();
  const resolved = await webApp().functionsApi.resolveShortLink((await params).code, locale);
  // The contract allows only a path on this portal, so this can never lead elsewhere.
  if (resolved.ok) redirect(resolved.value.path);
  const t = await getTranslations('reminders');
  const problem = errorMessage(resolved.error, locale);
  return (
    <>
      <h1>{t('shortLinkTitle')}</h1>
      <ProblemMessage title={problem.title} detail={problem.detail} />
    </>
  );
}
