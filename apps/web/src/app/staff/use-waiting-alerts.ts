'use client';

import type { FrontDeskView } from '@portico/api-contract';
import { playChime } from '@portico/call-client';
import { useEffect, useRef } from 'react';

type Guest = FrontDeskView['guests'][number];

const keyOf = (guest: Guest) => `${guest.appointmentId}\u0000${guest.guestName}`;

/**
 * Tells staff when someone starts waiting in the lobby: a chime, a desktop notification (when they
 * allowed them), and the tab's title counting who waits. Those already waiting when the console
 * opens are counted, not announced.
 */
export function useWaitingAlerts(
  view: FrontDeskView | undefined,
  texts: { readonly notificationTitle: (name: string) => string; readonly notificationBody: string },
): void {
  const waitingBefore = useRef<ReadonlySet<string> | undefined>(undefined);
  const baseTitle = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!view) return;
    const waiting = view.guests.filter((guest) => guest.state === 'lobby');
    const keys = new Set(waiting.map(keyOf));
    const arrived = waitingBefore.current ? waiting.filter((guest) => !waitingBefore.current?.has(keyOf(guest))) : [];
    waitingBefore.current = keys;
    baseTitle.current ??= document.title;
    document.title = waiting.length > 0 ? `(${waiting.length}) ${baseTitle.current}` : baseTitle.current;
    if (arrived.length === 0) return;
    void playChime(undefined).catch(() => undefined);
    if ('Notification' in window && Notification.permission === 'granted') {
      for (const guest of arrived) {
        new Notification(texts.notificationTitle(guest.guestName), { body: texts.notificationBody, tag: keyOf(guest) });
      }
    }
  }, [view, texts]);

  useEffect(
    () => () => {
      if (baseTitle.current !== undefined) document.title = baseTitle.current;
    },
    [],
  );
}
