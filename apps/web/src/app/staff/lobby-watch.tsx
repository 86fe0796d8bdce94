'use client';

import { Button } from '@fluentui/react-components';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { z } from 'zod';

const lobbySchema = z.object({ waiting: z.array(z.object({ id: z.string(), displayName: z.string() })) });

/** How often the console asks who is waiting; the relay answers from memory. */
const pollMs = 2_000;

/** Who waits in one appointment's lobby, refreshed every few seconds, with a button to admit each. */
export function LobbyWatch({ appointmentId }: { readonly appointmentId: string }) {
  const t = useTranslations('staff');
  const [waiting, setWaiting] = useState<readonly { id: string; displayName: string }[]>([]);
  const path = `/staff/appointments/${encodeURIComponent(appointmentId)}/lobby`;
  useEffect(() => {
    let active = true;
    const refresh = async () => {
      const response = await fetch(path, { cache: 'no-store' }).catch(() => undefined);
      const parsed = lobbySchema.safeParse(await response?.json().catch(() => undefined));
      if (active && parsed.success) setWaiting(parsed.data.waiting);
    };
    void refresh();
    const timer = setInterval(() => void refresh(), pollMs);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [path]);
  const admit = async (participantId: string) => {
    await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ participantId }),
    });
    setWaiting((current) => current.filter((guest) => guest.id !== participantId));
  };
  return (
    <section aria-label={t('lobbyHeading')} aria-live="polite" data-testid={`lobby-${appointmentId}`}>
      {waiting.length === 0 ? (
        <p>{t('lobbyEmpty')}</p>
      ) : (
        <ul>
          {waiting.map((guest) => (
            <li key={guest.id}>
              {t('lobbyWaiting', { name: guest.displayName })}{' '}
              <Button size="small" appearance="primary" onClick={() => void admit(guest.id)}>
                {t('admit', { name: guest.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
