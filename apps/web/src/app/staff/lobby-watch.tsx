'use client';

import { Button } from '@fluentui/react-components';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { z } from 'zod';

const person = z.object({ id: z.string(), displayName: z.string() });
const meetingSchema = z.object({ waiting: z.array(person), inCall: z.array(person) });

type Person = z.infer<typeof person>;

/** How often the console asks who is waiting; the relay answers from memory. */
const pollMs = 2_000;

/**
 * One appointment's meeting as its organiser runs it in Teams (local mode): who waits in the lobby,
 * to admit or deny, which guests are in the call, to remove, and ending it for everyone after a
 * second, explicit step. Refreshed every few seconds.
 */
export function LobbyWatch({ appointmentId }: { readonly appointmentId: string }) {
  const t = useTranslations('staff');
  const [meeting, setMeeting] = useState<{ waiting: readonly Person[]; inCall: readonly Person[] }>({
    waiting: [],
    inCall: [],
  });
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const [outcome, setOutcome] = useState('');
  const path = `/staff/appointments/${encodeURIComponent(appointmentId)}/lobby`;
  useEffect(() => {
    let active = true;
    const refresh = async () => {
      const response = await fetch(path, { cache: 'no-store' }).catch(() => undefined);
      const parsed = meetingSchema.safeParse(await response?.json().catch(() => undefined));
      if (active && parsed.success) setMeeting(parsed.data);
    };
    void refresh();
    const timer = setInterval(() => void refresh(), pollMs);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [path]);
  const act = async (body: { action: 'admit' | 'deny' | 'remove'; participantId: string } | { action: 'end' }) => {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).catch(() => undefined);
    setOutcome(response?.ok ? '' : t('meetingActionFailed'));
    const gone = (guest: Person) => !('participantId' in body) || guest.id !== body.participantId;
    if (!response?.ok) return;
    setMeeting((current) =>
      body.action === 'end'
        ? { waiting: [], inCall: [] }
        : { waiting: current.waiting.filter(gone), inCall: current.inCall.filter(gone) },
    );
  };
  return (
    <section aria-label={t('lobbyHeading')} aria-live="polite" data-testid={`lobby-${appointmentId}`}>
      {meeting.waiting.length === 0 ? (
        <p>{t('lobbyEmpty')}</p>
      ) : (
        <ul>
          {meeting.waiting.map((guest) => (
            <li key={guest.id} className="inline-form">
              {t('lobbyWaiting', { name: guest.displayName })}
              <Button
                size="small"
                appearance="primary"
                onClick={() => void act({ action: 'admit', participantId: guest.id })}
              >
                {t('admit', { name: guest.displayName })}
              </Button>
              <Button size="small" onClick={() => void act({ action: 'deny', participantId: guest.id })}>
                {t('deny', { name: guest.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {meeting.inCall.length > 0 && (
        <ul aria-label={t('inCallHeading')}>
          {meeting.inCall.map((guest) => (
            <li key={guest.id} className="inline-form">
              {t('inCall', { name: guest.displayName })}
              <Button size="small" onClick={() => void act({ action: 'remove', participantId: guest.id })}>
                {t('remove', { name: guest.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {(meeting.inCall.length > 0 || meeting.waiting.length > 0) &&
        (confirmingEnd ? (
          <p className="inline-form" role="group" aria-label={t('endMeetingQuestion')}>
            {t('endMeetingQuestion')}
            <Button
              size="small"
              appearance="primary"
              onClick={() => {
                setConfirmingEnd(false);
                void act({ action: 'end' });
              }}
            >
              {t('endMeetingConfirm')}
            </Button>
            <Button size="small" onClick={() => setConfirmingEnd(false)}>
              {t('endMeetingKeep')}
            </Button>
          </p>
        ) : (
          <p>
            <Button size="small" onClick={() => setConfirmingEnd(true)}>
              {t('endMeeting')}
            </Button>
          </p>
        ))}
      {outcome && <p role="alert">{outcome}</p>}
    </section>
  );
}
