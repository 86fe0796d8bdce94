import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { webApp } from '@/composition-root';
import { AcsSdkCheck } from './acs-sdk-check';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sdkCheck'))('title'), robots: { index: false } };
}

/**
 * Local mode only: runs the real calling SDK in this browser under the portal's own CSP, everything
 * that needs no network (the SDK chunk, its device manager, its renderer on the camera). e2e uses it
 * to prove the CSP that ships lets the SDK work; a person can use it to check a browser.
 */
export default async function AcsSdkCheckPage() {
  if (webApp().settings.calls.kind !== 'relay') notFound();
  const t = await getTranslations('sdkCheck');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('explanation')}</p>
      <AcsSdkCheck />
    </>
  );
}
