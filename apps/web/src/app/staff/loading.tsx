'use client';

import { Spinner } from '@fluentui/react-components';
import { useTranslations } from 'next-intl';

/**
 * Shown while a staff page's data (a week of appointments, the calendar) loads, in the portal's frame
 * and the person's language. Only here: a loading boundary streams the page, so its status is sent
 * before the page can answer 404, and the guest pages answer 404 for appointments that are not theirs.
 */
export default function Loading() {
  const t = useTranslations('layout');
  return (
    <div className="page-loading" role="status">
      <Spinner label={t('loading')} />
    </div>
  );
}
