import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { defaultLocale, isLocale } from '@portico/domain';
import { webApp } from '@/composition-root';
import { currentStaff } from '@/staff-auth/current-staff';
import { staffTimeZone } from '@/staff-auth/staff-time-zone';
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
  const staff = await currentStaff();
  if (!staff) redirect('/staff/sign-in');
  const t = await getTranslations('staff');
  const { clock } = webApp();
  const locale = await getLocale();
  const { zone } = await staffTimeZone(staff, locale);
  return (
    <>
      <p>
        <Link href="/staff">{t('backToConsole')}</Link>
      </p>
      <h1>{t(kind === 'new' ? 'newTitle' : 'importTitle')}</h1>
      <AppointmentForm
        action={action}
        withMeetingLink={kind === 'import'}
        defaultDate={wallClockDate(new Date(clock().getTime() + 86_400_000), zone)}
        defaultLanguage={isLocale(locale) ? locale : defaultLocale}
        staffTimeZone={zone}
        timeZones={Intl.supportedValuesOf('timeZone')}
        textReminders={webApp().settings.textReminders}
      />
    </>
  );
}
