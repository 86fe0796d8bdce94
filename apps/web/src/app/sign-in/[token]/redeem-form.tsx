'use client';

import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { redeemSignInLink, type RedeemState } from './redeem-sign-in-link';

/**
 * A button, not an automatic sign-in: mail scanners open links, and a link used up by a scanner
 * would be lost to the guest. Only a person's click (a POST) redeems it.
 */
export function RedeemForm({ token }: { readonly token: string }) {
  const t = useTranslations('signIn');
  const [state, action, pending] = useActionState<RedeemState, FormData>(redeemSignInLink, {});
  return (
    <form action={action}>
      {state.problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t(state.problem === 'link-invalid' ? 'linkInvalid' : 'unavailable')}{' '}
            <Link href="/sign-in">{t('askAgain')}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" appearance="primary" disabled={pending}>
        {t('continue')}
      </Button>
    </form>
  );
}
