'use client';

import { Button, Field, Input } from '@fluentui/react-components';
import { appointmentLimits, type Locale } from '@portico/domain';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { LanguageSelect } from '@/components/language-select';
import { ProblemMessage } from '@/components/problem-message';
import { checkIn, type CheckInState } from './check-in';

/** Name, e-mail address and language: all a walk-in guest gives to join the queue. */
export function CheckInForm({ deskId, locale }: { readonly deskId: string; readonly locale: Locale }) {
  const t = useTranslations('walkIn');
  const [state, action, pending] = useActionState<CheckInState, FormData>(checkIn, {});
  return (
    <form action={action} className="staff-form">
      {state.problem && <ProblemMessage title={state.problem.title} detail={state.problem.detail} />}
      <input type="hidden" name="deskId" value={deskId} />
      <Field
        className="form-field"
        label={t('name')}
        hint={t('nameHint', { count: appointmentLimits.maxGuestNameLength })}
        required
      >
        <Input name="name" autoComplete="name" maxLength={appointmentLimits.maxGuestNameLength} required />
      </Field>
      <Field className="form-field" label={t('email')} hint={t('emailHint')} required>
        <Input name="email" type="email" autoComplete="email" required />
      </Field>
      <Field className="form-field" label={t('language')}>
        <LanguageSelect name="language" defaultValue={locale} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={pending}>
          {t('checkIn')}
        </Button>
      </div>
    </form>
  );
}
