'use client';

import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { EmailField } from '@/components/email-field';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { requestSignInLink, type SignInRequestState } from './request-sign-in-link';

/** Asks for an e-mail address and confirms, in the same words for every address, that a link is on its way. */
export function SignInRequestForm() {
  const t = useTranslations('signIn');
  const [state, action, pending] = useActionState<SignInRequestState, FormData>(requestSignInLink, { step: 'ask' });
  if (state.step === 'sent') {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>{t('sent', { email: state.email })}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <form action={action} noValidate>
      {state.problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t(state.problem === 'rate-limited' ? 'rateLimited' : 'unavailable')}</MessageBarBody>
        </MessageBar>
      )}
      <EmailField label={t('email')} invalidText={t('invalidEmail')} invalid={state.invalidEmail === true} />
      <Button type="submit" appearance="primary" disabled={pending}>
        {pending ? t('sending') : t('submit')}
      </Button>
    </form>
  );
}
