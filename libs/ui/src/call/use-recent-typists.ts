'use client';

import type { ChatTypist } from '@portico/call-client';
import { useEffect, useState } from 'react';

/** How long a typing notice shows: the chat service sends one at most every 8 seconds while someone types. */
export const typingNoticeMs = 8_000;

/** The people whose typing notice is still fresh; the list renders again when the oldest one lapses. */
export function useRecentTypists(typing: readonly ChatTypist[]): readonly ChatTypist[] {
  const [now, setNow] = useState(() => Date.now());
  const fresh = typing.filter((typist) => now - Date.parse(typist.at) < typingNoticeMs);
  const nextLapse = Math.min(...fresh.map((typist) => Date.parse(typist.at) + typingNoticeMs));
  useEffect(() => {
    // A notice that arrived since the last tick is judged against a fresh clock at once.
    const due = Number.isFinite(nextLapse) ? nextLapse - Date.now() : typing.length > 0 ? 0 : undefined;
    if (due === undefined) return undefined;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, due));
    return () => clearTimeout(timer);
  }, [nextLapse, typing]);
  return fresh;
}
