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
    const timer = setTimeout(() => setNow(Date.now()), Number.isFinite(nextLapse) ? nextLapse - Date.now() : 0);
    return () => clearTimeout(timer);
  }, [nextLapse, typing]);
  return fresh;
}
