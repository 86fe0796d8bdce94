'use client';

import { Button, Field, Input } from '@fluentui/react-components';
import { walkInDeskLimits } from '@portico/domain';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import QRCode from 'qrcode';
import { useActionState, useEffect, useState } from 'react';
import { ProblemMessage } from '@/components/problem-message';
import { useWalkInDesk } from './use-walk-in-desk';
import {
  closeWalkInDeskAction,
  openWalkInDeskAction,
  takeNextWalkInAction,
  type WalkInDeskActionState,
} from './walk-in-desk-actions';

/**
 * The staff member's walk-in desk: open it (with today's Teams meeting), show guests its check-in
 * page as a link and a QR code, watch the queue, and take the next guest, who is then admitted from
 * the meeting's lobby.
 */
export function WalkInDeskPanel({ defaultName }: { readonly defaultName: string }) {
  const t = useTranslations('staff.walkIn');
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const { desk, unavailable, replace } = useWalkInDesk();
  const [opened, open, opening] = useActionState<WalkInDeskActionState, FormData>(openWalkInDeskAction, {});
  const [closed, close, closing] = useActionState<WalkInDeskActionState, FormData>(closeWalkInDeskAction, {});
  const [took, take, taking] = useActionState<WalkInDeskActionState, FormData>(takeNextWalkInAction, {});
  // An action's answer is newer than the last poll: shown at once, then the polls take over again.
  useEffect(() => {
    if (opened.desk) replace(opened.desk);
  }, [opened, replace]);
  useEffect(() => {
    if (closed.desk) replace(closed.desk);
  }, [closed, replace]);
  useEffect(() => {
    if (took.desk) replace(took.desk);
  }, [took, replace]);
  // The problem shown is that of the action asked for last, whichever finished.
  const [last, setLast] = useState<'open' | 'close' | 'take'>();
  const problem = last && { open: opened, close: closed, take: took }[last].problem;
  const checkInUrl = typeof desk === 'object' ? deskUrl(desk.id) : undefined;
  const [qr, setQr] = useState<string>();
  useEffect(() => {
    if (!checkInUrl) return;
    void QRCode.toDataURL(checkInUrl, { margin: 1, width: 200 }).then(setQr);
  }, [checkInUrl]);
  const isOpen = typeof desk === 'object' && desk.status === 'open';

  return (
    <section aria-labelledby="walk-in-title" className="front-desk walk-in-desk" data-testid="walk-in-desk">
      <h2 id="walk-in-title">{t('title')}</h2>
      {problem && <ProblemMessage title={problem.title} detail={problem.detail} />}
      {/* Always on the page, so screen readers hear each change of its text. */}
      <p role="status" className="walk-in-desk__status">
        {unavailable ? t('unavailable') : last === 'take' && took.taken ? t('taken', { name: took.taken }) : ''}
      </p>
      {desk === 'loading' && <p>{t('loading')}</p>}
      {(desk === 'none' || (typeof desk === 'object' && !isOpen)) && (
        <form action={open} onSubmit={() => setLast('open')} className="staff-form">
          <p>{desk === 'none' ? t('explanation') : t('closed', { name: desk.name })}</p>
          <Field
            className="form-field"
            label={t('name')}
            hint={t('nameHint', { count: walkInDeskLimits.maxNameLength })}
          >
            <Input
              name="name"
              defaultValue={desk === 'none' ? defaultName : desk.name}
              maxLength={walkInDeskLimits.maxNameLength}
            />
          </Field>
          <div>
            <Button type="submit" appearance="primary" disabled={opening}>
              {desk === 'none' ? t('openDesk') : t('openAgain')}
            </Button>
          </div>
        </form>
      )}
      {isOpen && (
        <>
          <p>{t('isOpen', { name: desk.name })}</p>
          <div className="walk-in-desk__link">
            {qr && (
              // eslint-disable-next-line @next/next/no-img-element -- a data URL drawn in the browser, nothing to optimise
              <img src={qr} width={160} height={160} alt={t('qrAlt', { name: desk.name })} />
            )}
            <p>
              {t('checkInAt')} <a href={checkInUrl}>{checkInUrl}</a>
            </p>
          </div>
        </>
      )}
      {/* Closed or open, those already waiting can be taken. */}
      {typeof desk === 'object' && (isOpen || desk.queue.length > 0) && (
        <>
          <h3>{t('queueTitle', { count: desk.queue.length })}</h3>
          {desk.queue.length === 0 ? (
            <p>{t('queueEmpty')}</p>
          ) : (
            <ol className="walk-in-desk__queue">
              {desk.queue.map((entry) => (
                <li key={entry.appointmentId}>
                  {entry.guestName} — {t('waiting', { time: format.relativeTime(new Date(entry.checkedInAt), now) })}
                </li>
              ))}
            </ol>
          )}
          <div className="walk-in-desk__actions">
            <form action={take} onSubmit={() => setLast('take')}>
              <Button type="submit" appearance="primary" disabled={taking || desk.queue.length === 0}>
                {t('takeNext')}
              </Button>
            </form>
            {isOpen && (
              <form action={close} onSubmit={() => setLast('close')}>
                <Button type="submit" disabled={closing}>
                  {t('close')}
                </Button>
              </form>
            )}
          </div>
        </>
      )}
    </section>
  );
}

/** The desk's public check-in page on this portal. */
function deskUrl(id: string): string {
  return `${window.location.origin}/walk-in/${encodeURIComponent(id)}`;
}
