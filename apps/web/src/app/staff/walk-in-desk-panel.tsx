'use client';

import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import type { WalkInDeskView } from '@portico/api-contract';
import { walkInDeskLimits } from '@portico/domain';
import { useFormatter, useNow, useTranslations } from 'next-intl';
import QRCode from 'qrcode';
import { useActionState, useEffect, useState } from 'react';
import { ProblemMessage } from '@/components/problem-message';
import { useWalkInDesks } from './use-walk-in-desks';
import {
  closeWalkInDeskAction,
  openWalkInDeskAction,
  takeNextWalkInAction,
  type WalkInDeskActionState,
} from './walk-in-desk-actions';

/**
 * The staff member's walk-in desk: open it (with the colleagues who take guests too, and today's
 * Teams meeting), show guests its check-in page as a link and a QR code, watch the queue, and take
 * the next guest, who is then admitted from the meeting's lobby. Below it, the team desks of
 * colleagues who named this staff member, each with its queue and "Take next guest".
 */
export function WalkInDeskPanel({ defaultName }: { readonly defaultName: string }) {
  const t = useTranslations('staff.walkIn');
  const { desks, unavailable, replace } = useWalkInDesks();
  const [opened, open, opening] = useActionState<WalkInDeskActionState, FormData>(openWalkInDeskAction, {});
  const [closed, close, closing] = useActionState<WalkInDeskActionState, FormData>(closeWalkInDeskAction, {});
  // An action's answer is newer than the last poll: shown at once, then the polls take over again.
  useEffect(() => {
    if (opened.desk) replace(opened.desk);
  }, [opened, replace]);
  useEffect(() => {
    if (closed.desk) replace(closed.desk);
  }, [closed, replace]);
  // The problem shown is that of the action asked for last, whichever finished.
  const [last, setLast] = useState<'open' | 'close'>();
  const problem = last && { open: opened, close: closed }[last].problem;
  const own = desks === 'loading' ? undefined : desks.own;
  const isOpen = own?.status === 'open';
  const checkInUrl = own ? deskUrl(own.id) : undefined;
  const [qr, setQr] = useState<string>();
  useEffect(() => {
    if (!checkInUrl) return;
    void QRCode.toDataURL(checkInUrl, { margin: 1, width: 200 }).then(setQr);
  }, [checkInUrl]);

  return (
    <section aria-labelledby="walk-in-title" className="front-desk walk-in-desk" data-testid="walk-in-desk">
      <h2 id="walk-in-title">{t('title')}</h2>
      {problem && <ProblemMessage title={problem.title} detail={problem.detail} />}
      <p role="status" className="walk-in-desk__status">
        {unavailable ? t('unavailable') : ''}
      </p>
      {desks === 'loading' && <p>{t('loading')}</p>}
      {desks !== 'loading' && !isOpen && (
        <form action={open} onSubmit={() => setLast('open')} className="staff-form">
          <p>{own ? t('closed', { name: own.name }) : t('explanation')}</p>
          <Field
            className="form-field"
            label={t('name')}
            hint={t('nameHint', { count: walkInDeskLimits.maxNameLength })}
          >
            <Input name="name" defaultValue={own?.name ?? defaultName} maxLength={walkInDeskLimits.maxNameLength} />
          </Field>
          <Field
            className="form-field"
            label={t('members')}
            hint={t('membersHint', { count: walkInDeskLimits.maxMembers })}
          >
            <Textarea name="members" rows={2} defaultValue={own?.members.join('\n') ?? ''} />
          </Field>
          <div>
            <Button type="submit" appearance="primary" disabled={opening}>
              {own ? t('openAgain') : t('openDesk')}
            </Button>
          </div>
        </form>
      )}
      {own && isOpen && (
        <>
          <p>{t('isOpen', { name: own.name })}</p>
          {own.members.length > 0 && <p>{t('withMembers', { members: own.members.join(', ') })}</p>}
          <div className="walk-in-desk__link">
            {qr && (
              // eslint-disable-next-line @next/next/no-img-element -- a data URL drawn in the browser, nothing to optimise
              <img src={qr} width={160} height={160} alt={t('qrAlt', { name: own.name })} />
            )}
            <p>
              {t('checkInAt')} <a href={checkInUrl}>{checkInUrl}</a>
            </p>
          </div>
        </>
      )}
      {/* Closed or open, those already waiting can be taken. */}
      {own && (isOpen || own.queue.length > 0) && (
        <DeskQueue desk={own} onTaken={replace}>
          {isOpen && (
            <form action={close} onSubmit={() => setLast('close')}>
              <Button type="submit" disabled={closing}>
                {t('close')}
              </Button>
            </form>
          )}
        </DeskQueue>
      )}
      {desks !== 'loading' &&
        desks.team.map((desk) => (
          <section key={desk.id} aria-labelledby={`team-desk-${desk.id}`} className="walk-in-desk__team">
            <h3 id={`team-desk-${desk.id}`}>{t('teamDesk', { name: desk.name, organiser: desk.organiserName })}</h3>
            {desk.status === 'closed' && <p>{t('closed', { name: desk.name })}</p>}
            <DeskQueue desk={desk} onTaken={replace} />
          </section>
        ))}
    </section>
  );
}

/** A desk's queue, who waits and since when, and "Take next guest", which says whom to admit. */
function DeskQueue({
  desk,
  onTaken,
  children,
}: {
  readonly desk: WalkInDeskView;
  readonly onTaken: (desk: WalkInDeskView) => void;
  readonly children?: React.ReactNode;
}) {
  const t = useTranslations('staff.walkIn');
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const [took, take, taking] = useActionState<WalkInDeskActionState, FormData>(takeNextWalkInAction, {});
  useEffect(() => {
    if (took.desk) onTaken(took.desk);
  }, [took, onTaken]);
  return (
    <>
      {took.problem && <ProblemMessage title={took.problem.title} detail={took.problem.detail} />}
      <p role="status" className="walk-in-desk__status">
        {took.taken ? t('taken', { name: took.taken }) : ''}
      </p>
      <h4 className="walk-in-desk__queue-title">{t('queueTitle', { count: desk.queue.length })}</h4>
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
        <form action={take}>
          <input type="hidden" name="deskId" value={desk.id} />
          <Button type="submit" appearance="primary" disabled={taking || desk.queue.length === 0}>
            {t('takeNext')}
          </Button>
        </form>
        {children}
      </div>
    </>
  );
}

/** The desk's public check-in page on this portal. */
function deskUrl(id: string): string {
  return `${window.location.origin}/walk-in/${encodeURIComponent(id)}`;
}
