'use client';

import { Badge, Button, Field, Input } from '@fluentui/react-components';
import type { FrontDeskView } from '@portico/api-contract';
import { lobbyMessageLimits } from '@portico/domain';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { ProblemMessage } from '@/components/problem-message';
import { frontDeskGroups } from '@/front-desk/front-desk-groups';
import { lobbyMessageAction, type StaffActionState } from './staff-actions';
import { useFrontDesk } from './use-front-desk';
import { useWaitingAlerts } from './use-waiting-alerts';

export interface FrontDeskProps {
  /** The zone the console shows times in. */
  readonly timeZone: string;
  /** A guest who waits in the lobby longer than this is highlighted. */
  readonly longWaitMinutes: number;
}

/**
 * The live waiting room: each guest of the staff member's appointments, where they are (checking
 * devices, waiting in the lobby, in the call, dropped, left) and for how long, grouped by appointment,
 * with a note for those waiting. Updates without a reload; a chime, the tab's title and a desktop
 * notification tell staff when someone starts waiting.
 */
export function FrontDesk({ timeZone, longWaitMinutes }: FrontDeskProps) {
  const t = useTranslations('staff.frontDesk');
  const { view, clockOffsetMs, connection } = useFrontDesk();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const alertTexts = useMemo(
    () => ({
      notificationTitle: (name: string) => t('notificationTitle', { name }),
      notificationBody: t('notificationBody'),
    }),
    [t],
  );
  useWaitingAlerts(view, alertTexts);

  const groups = view ? frontDeskGroups(view, now + clockOffsetMs, longWaitMinutes) : [];

  return (
    <section aria-labelledby="front-desk-title" className="front-desk" data-testid="front-desk">
      <div className="front-desk__header">
        <h2 id="front-desk-title">{t('title')}</h2>
        <DesktopNotificationSwitch />
      </div>
      <p role="status" className="front-desk__connection">
        {connection === 'retrying'
          ? t('reconnecting')
          : connection === 'connecting'
            ? t('connecting')
            : connection === 'signed-out'
              ? t('signedOut')
              : ''}
      </p>
      {view && groups.length === 0 && <p>{t('empty')}</p>}
      {groups.map(({ appointmentId, subject, rows, someoneOnTheWayIn }) => (
        <div
          key={appointmentId}
          role="group"
          className="front-desk__appointment"
          aria-labelledby={`desk-${appointmentId}`}
        >
          <h3 id={`desk-${appointmentId}`}>{subject}</h3>
          <ul className="front-desk__guests">
            {rows.map((row, index) => (
              <li
                // Two guests of one appointment may share a name.
                key={`${row.guestName}-${index}`}
                data-testid="front-desk-guest"
                data-state={row.state}
                className={row.waitingLong ? 'front-desk__guest front-desk__guest--long' : 'front-desk__guest'}
              >
                <strong>{row.guestName}</strong>
                <span>{t(`state.${row.state}`)}</span>
                <span className="front-desk__since">{t('for', { minutes: row.minutes })}</span>
                {row.waitingLong && (
                  <Badge appearance="filled" color="warning">
                    {t('waitingLong')}
                  </Badge>
                )}
              </li>
            ))}
          </ul>
          {someoneOnTheWayIn && (
            <LobbyNoteForm
              timeZone={timeZone}
              appointmentId={appointmentId}
              note={view?.lobbyMessages.find((message) => message.appointmentId === appointmentId)}
            />
          )}
        </div>
      ))}
    </section>
  );
}

/** A note for the guests waiting for one appointment, with the one they see now. */
function LobbyNoteForm({
  timeZone,
  appointmentId,
  note,
}: {
  readonly timeZone: string;
  readonly appointmentId: string;
  readonly note: FrontDeskView['lobbyMessages'][number] | undefined;
}) {
  const t = useTranslations('staff.frontDesk');
  const format = useFormatter();
  const [state, send, sending] = useActionState<StaffActionState, FormData>(lobbyMessageAction, {});
  const { maxLength } = lobbyMessageLimits;
  return (
    // A new note remounts the form, so the field is empty for the next one.
    <form key={note?.sentAt} action={send} className="inline-form front-desk__note">
      <input type="hidden" name="id" value={appointmentId} />
      <Field label={t('noteLabel')} hint={t('noteHint', { maxLength })}>
        <Input name="text" required maxLength={maxLength} />
      </Field>
      <Button type="submit" disabled={sending}>
        {t('sendNote')}
      </Button>
      {state.problem && <ProblemMessage title={state.problem.title} detail={state.problem.detail} />}
      {note && (
        <p className="front-desk__current-note" data-testid="lobby-note">
          {t('currentNote', {
            time: format.dateTime(new Date(note.sentAt), { timeStyle: 'short', timeZone }),
            text: note.text,
          })}
        </p>
      )}
    </form>
  );
}

/** The browser announces no change of permission, so the switch reads it on each render. */
const subscribeToNothing = () => () => undefined;
const notificationPermission = () => ('Notification' in window ? Notification.permission : 'unsupported');

/** Asks the browser for desktop notifications, and says when they are on or blocked. */
function DesktopNotificationSwitch() {
  const t = useTranslations('staff.frontDesk');
  const [, setAsked] = useState(0);
  const permission = useSyncExternalStore(subscribeToNothing, notificationPermission, () => undefined);
  if (permission === undefined || permission === 'unsupported') return null;
  if (permission === 'granted') return <p className="front-desk__notifications">{t('notificationsOn')}</p>;
  if (permission === 'denied') return <p className="front-desk__notifications">{t('notificationsBlocked')}</p>;
  return (
    <Button onClick={() => void Notification.requestPermission().then(() => setAsked((asked) => asked + 1))}>
      {t('turnOnNotifications')}
    </Button>
  );
}
