'use client';

import { Button } from '@fluentui/react-components';
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';

export function StaffSignOutButton() {
  const t = useTranslations('staff');
  return (
    <Button appearance="subtle" onClick={() => void signOut({ callbackUrl: '/staff/sign-in' })}>
      {t('signOut')}
    </Button>
  );
}
