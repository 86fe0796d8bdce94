import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { defaultLocale, isLocale } from '@portico/domain';
import { webApp } from '@/composition-root';
import { currentStaff } from '@/staff-auth/current-staff';
import { AppointmentForm } from './appointment-form';
import type { StaffActionState } from './staff-actions';
import { wallClockDate } from '@/time/staff-time';

/** The page around the appointment form, for a new appointment or an imported Teams meeting. */
export async function AppointmentFormPage({
  kind,
  action,
}: {
  readonly kind: 'new' | 'import';
  readonly action: (previous: StaffActionState, form: FormData) => Promise<StaffActionState>;
}) {
  if (!(await currentStaff())) redirect('/staff/sign-in');
  const t = await getTranslations('staff');
  const { settings, clock } = webApp();
  const locale = await getLocale();
  return (
    <>
      <p>
        <Link href="/staff">{t('backToConsole')}</Link>
      </p>
      <h1>{t(kind === 'new' ? 'newTitle' : 'importTitle')}</h1>
      <AppointmentForm
        action={action}
        withMeetingLink={kind === 'import'}
        defaultDate={wallClockDate(new Date(clock().getTime() + 86_400_000), settings.defaultTimeZone)}
        defaultLanguage={isLocale(locale) ? locale : defaultLocale}
        staffTimeZone={settings.defaultTimeZone}
        timeZones={Intl.supportedValuesOf('timeZone')}
      />
    </>
  );
}
