'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Past the longest delay a browser timer takes; a later change is rescheduled by the next render. */
const longestTimer = 2 ** 31 - 1;
/** A little after the change, so the server's clock has certainly passed it too. */
const margin = 1_000;

/**
 * Renders the page afresh from the server, without a reload, when a join window opens or closes:
 * "Join" appears by itself for a guest who came early. The server decides again, so a client clock
 * that is wrong cannot open anything; a tab that slept catches up when it is shown again.
 */
export function RefreshWhenJoinChanges({ inMs }: { readonly inMs: number | undefined }) {
  const router = useRouter();
  useEffect(() => {
    if (inMs === undefined) return undefined;
    const due = Date.now() + inMs + margin;
    const timer = setTimeout(() => router.refresh(), Math.min(inMs + margin, longestTimer));
    const catchUp = () => {
      if (document.visibilityState === 'visible' && Date.now() >= due) router.refresh();
    };
    document.addEventListener('visibilitychange', catchUp);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', catchUp);
    };
  }, [inMs, router]);
  return null;
}
