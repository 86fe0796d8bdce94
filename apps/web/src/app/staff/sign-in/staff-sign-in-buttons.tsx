'use client';

import { Button } from '@fluentui/react-components';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Sign-in buttons: one per demo staff member locally, or one for Entra ID. */
export function StaffSignInButtons({
  choices,
}: {
  readonly choices: readonly { readonly provider: string; readonly staffId?: string; readonly label: string }[];
}) {
  const t = useTranslations('staff');
  const [busy, setBusy] = useState(false);
  return (
    <ul className="staff-sign-in">
      {choices.map((choice) => (
        <li key={choice.staffId ?? choice.provider}>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void signIn(choice.provider, {
                callbackUrl: '/staff',
                ...(choice.staffId ? { staffId: choice.staffId } : {}),
              });
            }}
          >
            {t('signInAs', { name: choice.label })}
          </Button>
        </li>
      ))}
    </ul>
  );
}
