'use client';

import { frontDeskViewSchema, type FrontDeskView } from '@portico/api-contract';
import { useEffect, useState } from 'react';
import { z } from 'zod';

const answerSchema = z.object({ view: frontDeskViewSchema, version: z.string(), now: z.iso.datetime() });

/** How long to wait before asking again after a failed poll (a restart, a network blip). */
const retryMs = 3_000;

export interface FrontDeskFeed {
  readonly view: FrontDeskView | undefined;
  /** The server's clock minus this browser's, so wait times read the same on every screen. */
  readonly clockOffsetMs: number;
  /** `signed-out`: the staff session ended, so asking again cannot help. */
  readonly connection: 'connecting' | 'live' | 'retrying' | 'signed-out';
}

/**
 * The staff member's front desk, live: a long poll on `/staff/front-desk` that asks again as soon as
 * it is answered, with the version it has, so each change arrives within a second or so.
 */
export function useFrontDesk(): FrontDeskFeed {
  const [feed, setFeed] = useState<FrontDeskFeed>({ view: undefined, clockOffsetMs: 0, connection: 'connecting' });
  useEffect(() => {
    const stop = new AbortController();
    void (async () => {
      let version: string | undefined;
      while (!stop.signal.aborted) {
        try {
          const query = version ? `?version=${version}` : '';
          const response = await fetch(`/staff/front-desk${query}`, { cache: 'no-store', signal: stop.signal });
          if (response.status === 401) {
            setFeed((current) => ({ ...current, connection: 'signed-out' }));
            return;
          }
          const answer = answerSchema.parse(await response.json());
          version = answer.version;
          setFeed({ view: answer.view, clockOffsetMs: Date.parse(answer.now) - Date.now(), connection: 'live' });
        } catch {
          if (stop.signal.aborted) return;
          setFeed((current) => ({ ...current, connection: 'retrying' }));
          await new Promise((resolve) => setTimeout(resolve, retryMs));
        }
      }
    })();
    return () => stop.abort();
  }, []);
  return feed;
}
