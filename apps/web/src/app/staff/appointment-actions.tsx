'use client';

import { Button } from '@fluentui/react-components';
import type { StaffAppointmentView } from '@portico/api-contract';
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { ProblemMessage } from '@/components/problem-message';
import { NewTimeForm } from '@/components/new-time-form';
import {
  cancelAction,
  reinviteAction,
  rescheduleAction,
  undoCancelAction,
  type StaffActionState,
} from './staff-actions';

type Outcome = 'moved' | 'cancelled' | 'undone' | 'reinvited';

/** With this many seconds left to undo, screen readers are told once more; not every second. */
const undoEndingSeconds = 10;

/**
 * Reschedule, cancel and re-invite for one appointment, each with its outcome announced. Cancelling
 * asks first; once cancelled, the appointment can be put back for a short while ("Undo") before its
 * guests are e-mailed, with the time left shown and, now and then, announced.
 */
export function AppointmentActions({
  appointment,
  date,
  time,
  when,
  undoSecondsLeft,
}: {
  readonly appointment: StaffAppointmentView;
  readonly date: string;
  readonly time: string;
  /** When it takes place, as the console shows it. */
  readonly when: string;
  /** For a cancelled appointment: the seconds left to undo that, as the server saw it. */
  readonly undoSecondsLeft?: number | undefined;
}) {
  const t = useTranslations('staff.actions');
  const format = useFormatter();
  const [moved, move, moving] = useActionState<StaffActionState, FormData>(rescheduleAction, {});
  const [cancelled, cancel, cancelling] = useActionState<StaffActionState, FormData>(cancelAction, {});
  const [undone, undo, undoing] = useActionState<StaffActionState, FormData>(undoCancelAction, {});
  const [invited, reinvite, inviting] = useActionState<StaffActionState, FormData>(reinviteAction, {});
  // The outcome shown is the one asked for last, whichever finished.
  const [last, setLast] = useState<Outcome>();
  const [reinviteKey] = useState(() => crypto.randomUUID());
  const cancelFormId = useId();
  const detailId = useId();
  const titleId = useId();
  const question = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const undoFor = appointment.status === 'cancelled' ? undoSecondsLeft : undefined;
  const offersUndo = undoFor !== undefined;
  const secondsLeft = useSecondsLeft(undoFor, appointment.etag) ?? 0;

  // The button just used goes away with the change; the focus moves to the one that takes it back.
  useEffect(() => {
    if (offersUndo && last === 'cancelled') undoButton.current?.focus();
    if (!offersUndo && last === 'undone') cancelButton.current?.focus();
  }, [offersUndo, last]);

  const duration = Math.round((Date.parse(appointment.endsAt) - Date.parse(appointment.startsAt)) / 60_000);
  const ids = (
    <>
      <input type="hidden" name="id" value={appointment.id} />
      <input type="hidden" name="etag" value={appointment.etag} />
    </>
  );
  const outcome = last && { moved, cancelled, undone, reinvited: invited }[last];
  const problem = outcome?.problem;
  // Each text stays the same for a stretch of the countdown, so a screen reader hears it once.
  const announcement =
    undoFor !== undefined
      ? secondsLeft > undoEndingSeconds
        ? t('cancelledAnnounced', { seconds: undoFor })
        : secondsLeft > 0
          ? t('undoEnding', { seconds: Math.min(undoEndingSeconds, undoFor) })
          : t('cancelledFinal')
      : last && last !== 'cancelled' && outcome?.done
        ? t(last)
        : '';
  return (
    <div className="appointment-actions">
      {problem && <ProblemMessage title={problem.title} detail={problem.detail} />}
      {/* While the undo runs, the ticking time is shown below; this announces only its milestones. */}
      <p role="status" className={offersUndo ? 'visually-hidden' : 'appointment-actions__status'}>
        {announcement}
      </p>
      {offersUndo ? (
        <form action={undo} onSubmit={() => setLast('undone')} className="inline-form">
          {ids}
          <p role="timer" className="appointment-actions__undo">
            {secondsLeft > 0 ? t('cancelledUndoable', { seconds: secondsLeft }) : t('cancelledFinal')}
          </p>
          <Button type="submit" ref={undoButton} disabledFocusable={undoing || secondsLeft === 0}>
            {t('undo')}
          </Button>
        </form>
      ) : (
        <>
          {/* A walk-in is now, in the desk's shared meeting: it has no other time. */}
          {appointment.origin !== 'walk-in' && (
            <NewTimeForm
              summary={t('reschedule')}
              submitLabel={t('saveNewTime')}
              action={move}
              onSubmit={() => setLast('moved')}
              pending={moving}
              hidden={ids}
              labels={{ date: t('date'), time: t('time'), duration: t('duration') }}
              date={date}
              time={time}
              duration={duration}
            />
          )}
          <form action={reinvite} onSubmit={() => setLast('reinvited')} className="inline-form">
            {ids}
            <input type="hidden" name="idempotencyKey" value={reinviteKey} />
            <Button type="submit" disabled={inviting || invited.done === true}>
              {t('reinvite')}
            </Button>
          </form>
          {/* Sent from the dialog's button (form=…); here, and hidden, so it renders with the page. */}
          <form
            hidden
            id={cancelFormId}
            action={cancel}
            onSubmit={() => {
              setLast('cancelled');
              question.current?.close();
            }}
          >
            {ids}
          </form>
          <Button ref={cancelButton} disabled={cancelling} onClick={() => question.current?.showModal()}>
            {t('cancel')}
          </Button>
          {/*
            The browser's own modal dialog: the page behind is inert while it is open, Escape closes
            it, and the focus goes back to "Cancel appointment" after.
          */}
          <dialog
            ref={question}
            role="alertdialog"
            aria-labelledby={titleId}
            aria-describedby={detailId}
            className="confirm-dialog"
          >
            <h2 id={titleId} className="confirm-dialog__title">
              {t('cancelQuestion')}
            </h2>
            <p id={detailId}>
              {t('cancelDetail', {
                subject: appointment.subject,
                guests: format.list(appointment.guests.map((guest) => guest.name)),
                when,
              })}
            </p>
            {/* The safe answer first, with the focus when the dialog opens. */}
            <div className="confirm-dialog__actions">
              <Button autoFocus onClick={() => question.current?.close()}>
                {t('cancelKeep')}
              </Button>
              <Button appearance="primary" type="submit" form={cancelFormId}>
                {t('cancelConfirm')}
              </Button>
            </div>
          </dialog>
        </>
      )}
    </div>
  );
}

/**
 * The whole seconds left of an undo the server offered `seconds` for, counted down on this device
 * from when the page got them: the device's clock may be off, its sense of a second is not. A new
 * version of the appointment starts afresh.
 */
function useSecondsLeft(seconds: number | undefined, version: string): number | undefined {
  const [counted, setCounted] = useState({ version, left: seconds });
  if (counted.version !== version) setCounted({ version, left: seconds });
  useEffect(() => {
    if (seconds === undefined) return;
    const deadline = performance.now() + seconds * 1000;
    const timer = setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
      setCounted((now) => (now.version === version ? { version, left } : now));
      if (left === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [seconds, version]);
  return counted.version === version ? counted.left : seconds;
}
