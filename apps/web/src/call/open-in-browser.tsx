'use client';

import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * What a guest sees when the join page opens inside an app's own browser: why the call may not work
 * there, how to open the page in their browser, and the link to copy.
 */
export function OpenInBrowser({ appName }: { readonly appName: string | undefined }) {
  const t = useTranslations('join');
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="in-app-title" data-testid="open-in-browser">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="in-app-title">{t('inAppTitle')}</MessageBarTitle>
          {appName ? t('inAppExplanation', { app: appName }) : t('inAppExplanationUnnamed')}
        </MessageBarBody>
      </MessageBar>
      <p>{t('inAppSteps')}</p>
      <p>
        <Button
          appearance="primary"
          onClick={() =>
            void navigator.clipboard
              .writeText(window.location.href)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          {t('copyLink')}
        </Button>{' '}
        <span role="status">{copied ? t('linkCopied') : ''}</span>
      </p>
    </section>
  );
}
