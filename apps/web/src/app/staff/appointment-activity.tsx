'use client';

import { auditTrailViewSchema, type AuditTrailView } from '@portico/api-contract';
import { errorMessage, guestNoticeKinds, isErrorCode, porticoError, type Locale } from '@portico/domain';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';

type AuditEventView = AuditTrailView['events'][number];

/**
 * An appointment's activity, for its organiser: every ticket, refusal, step into the call, change
 * and e-mail, oldest first, loaded when opened, with a CSV download.
 */
export function AppointmentActivity({
  appointmentId,
  timeZone,
}: {
  readonly appointmentId: string;
  readonly timeZone: string;
}) {
  const t = useTranslations('staff.audit');
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const [state, setState] = useState<'closed' | 'loading' | 'failed' | AuditTrailView>('closed');
  const path = `/staff/appointments/${encodeURIComponent(appointmentId)}/activity`;
  const load = async () => {
    setState('loading');
    const response = await fetch(path, { cache: 'no-store' }).catch(() => undefined);
    const parsed = auditTrailViewSchema.safeParse(await response?.json().catch(() => undefined));
    setState(response?.ok && parsed.success ? parsed.data : 'failed');
  };
  const detail = (event: AuditEventView) => {
    if (!event.detail) return '';
    const notice = guestNoticeKinds.find((kind) => kind === event.detail);
    if (event.kind === 'email-sent' && notice) return t(`email.${notice}`);
    if (event.kind === 'reminder-sent' && (event.detail === 'email' || event.detail === 'sms')) {
      return t(`channel.${event.detail}`);
    }
    return isErrorCode(event.detail) ? errorMessage(porticoError(event.detail), locale).title : event.detail;
  };
  return (
    <details
      className="appointment-activity"
      onToggle={(event) => {
        if (event.currentTarget.open && typeof state === 'string' && state !== 'loading') void load();
      }}
    >
      <summary>{t('title')}</summary>
      {state === 'loading' && <p role="status">{t('loading')}</p>}
      {state === 'failed' && <p role="alert">{t('failed')}</p>}
      {typeof state === 'object' && (
        <>
          {state.events.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <ol className="appointment-activity__events" data-testid="activity">
              {state.events.map((event, index) => (
                <li key={`${event.at}-${index}`} data-kind={event.kind}>
                  <time dateTime={event.at}>
                    {format.dateTime(new Date(event.at), { dateStyle: 'short', timeStyle: 'medium', timeZone })}
                  </time>{' '}
                  {t(`kind.${event.kind}`)}
                  {event.name && ` · ${event.name}`}
                  {event.detail && ` · ${detail(event)}`}
                </li>
              ))}
            </ol>
          )}
          <p>
            <a href={`${path}?format=csv`} download>
              {t('downloadCsv')}
            </a>
          </p>
        </>
      )}
    </details>
  );
}
