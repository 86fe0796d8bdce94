'use client';

import { Button } from '@fluentui/react-components';
import { EmailField } from '@/components/email-field';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signInAsLocalGuest } from './sign-in-as-local-guest';

export function LocalSignInForm({ defaultEmail }: { readonly defaultEmail: string }) {
  const t = useTranslations('localSignIn');
  const [state, action, pending] = useActionState(signInAsLocalGuest, { invalidEmail: false });
  return (
    <form action={action} noValidate>
      <EmailField
        label={t('email')}
        invalidText={t('invalidEmail')}
        invalid={state.invalidEmail}
        defaultValue={defaultEmail}
      />
      <Button type="submit" appearance="primary" disabled={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
