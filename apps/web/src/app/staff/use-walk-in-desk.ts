'use client';

import { walkInDeskViewSchema, type WalkInDeskView } from '@portico/api-contract';
import { useCallback, useEffect, useState } from 'react';

/** How often the console asks for the desk's queue; a check-in shows within this. */
const pollMs = 5_000;

/**
 * The staff member's walk-in desk as the console shows it: `none` before they ever open one,
 * `unavailable` while it cannot be read (the last view stays shown). `replace` takes the desk an
 * action answered with, so the console shows it at once instead of at the next poll.
 */
export function useWalkInDesk() {
  const [desk, setDesk] = useState<WalkInDeskView | 'loading' | 'none'>('loading');
  const [unavailable, setUnavailable] = useState(false);
  const load = useCallback(async () => {
    const response = await fetch('/staff/walk-in-desk', { cache: 'no-store' }).catch(() => undefined);
    const body: unknown = await response?.json().catch(() => undefined);
    if (response?.status === 404) {
      setDesk('none');
      setUnavailable(false);
      return;
    }
    const parsed = walkInDeskViewSchema.safeParse(body);
    setUnavailable(!(response?.ok && parsed.success));
    if (response?.ok && parsed.success) setDesk(parsed.data);
  }, []);
  useEffect(() => {
    void load();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, pollMs);
    return () => clearInterval(timer);
  }, [load]);
  return { desk, unavailable, replace: setDesk };
}
