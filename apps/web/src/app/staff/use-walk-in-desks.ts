'use client';

import type { WalkInDeskView } from '@portico/api-contract';
import { useCallback, useEffect, useState } from 'react';
import { staffWalkInDesksSchema, type StaffWalkInDesks } from '@/front-desk/staff-walk-in-desks';

/** How often the console asks for the desks' queues; a check-in shows within this. */
const pollMs = 5_000;

/**
 * The staff member's walk-in desks as the console shows them: their own (null before they ever
 * open one) and the team desks they take guests at; `loading` until first read. `unavailable`
 * while they cannot be read (the last view stays shown). `replace` takes a desk an action answered
 * with, so the console shows it at once instead of at the next poll.
 */
export function useWalkInDesks() {
  const [desks, setDesks] = useState<StaffWalkInDesks | 'loading'>('loading');
  const [unavailable, setUnavailable] = useState(false);
  const load = useCallback(async () => {
    const response = await fetch('/staff/walk-in-desk', { cache: 'no-store' }).catch(() => undefined);
    const parsed = staffWalkInDesksSchema.safeParse(await response?.json().catch(() => undefined));
    setUnavailable(!(response?.ok && parsed.success));
    if (response?.ok && parsed.success) setDesks(parsed.data);
  }, []);
  useEffect(() => {
    void load();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, pollMs);
    return () => clearInterval(timer);
  }, [load]);
  const replace = useCallback((desk: WalkInDeskView) => {
    setDesks((current) => {
      if (current === 'loading') return current;
      if (current.team.some((team) => team.id === desk.id)) {
        return { ...current, team: current.team.map((team) => (team.id === desk.id ? desk : team)) };
      }
      return { ...current, own: desk };
    });
  }, []);
  return { desks, unavailable, replace };
}
