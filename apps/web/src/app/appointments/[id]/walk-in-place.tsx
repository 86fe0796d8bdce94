'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

/** How often a waiting guest's page asks again for their place. */
const refreshMs = 10_000;

/**
 * A walk-in guest's place in the queue, kept current without a reload (the server decides again
 * each time), until staff take them; then it says it is their turn. A visit neither waiting nor
 * taken (a queue of an earlier day) says nothing.
 */
export function WalkInPlace({ position, taken }: { readonly position: number | null; readonly taken: boolean }) {
  const t = useTranslations('walkIn');
  const router = useRouter();
  useEffect(() => {
    if (taken) return undefined;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, refreshMs);
    return () => clearInterval(timer);
  }, [taken, router]);
  if (taken) {
    return (
      <div className="walk-in-place" role="status" data-testid="walk-in-place">
        <p>{t('yourTurn')}</p>
      </div>
    );
  }
  if (position === null) return null;
  return (
    <div className="walk-in-place" role="status" data-testid="walk-in-place">
      <p>
        <strong>{t('queuePosition', { position })}</strong>
      </p>
      <p>{t('queueHint')}</p>
    </div>
  );
}
