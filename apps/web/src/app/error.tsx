'use client';

import { Button } from '@fluentui/react-components';
import Link from 'next/link';
import { useTranslations } from 'next-intl';

/**
 * What a person sees when a page fails unexpectedly, inside the portal's own frame and language: what
 * happened, a way to try again, and the reference the server logged (never the error itself).
 */
export default function ErrorPage({
  error,
  reset,
}: {
  readonly error: Error & { readonly digest?: string };
  readonly reset: () => void;
}) {
  const t = useTranslations('error');
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title">{t('title')}</h1>
      <p>{t('detail')}</p>
      {error.digest && <p>{t('reference', { digest: error.digest })}</p>}
      <p className="error-actions">
        <Button appearance="primary" onClick={reset}>
          {t('retry')}
        </Button>
        <Link href="/">{t('home')}</Link>
      </p>
    </section>
  );
}
