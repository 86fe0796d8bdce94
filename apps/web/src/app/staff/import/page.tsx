import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { webApp } from '../../../composition-root';
import { currentStaff } from '../../../staff-auth/current-staff';
import { AppointmentForm } from '../appointment-form';
import { importAppointmentAction } from '../staff-actions';
import { wallClockDate } from '../staff-time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('importTitle') };
}

export default async function ImportAppointmentPage() {
  if (!(await currentStaff())) redirect('/staff/sign-in');
  const t = await getTranslations('staff');
  const { settings, clock } = webApp();
  return (
    <>
      <p>
        <Link href="/staff">{t('backToConsole')}</Link>
      </p>
      <h1>{t('importTitle')}</h1>
      <AppointmentForm
        action={importAppointmentAction}
        withMeetingLink
        defaultDate={wallClockDate(new Date(clock().getTime() + 86_400_000), settings.defaultTimeZone)}
        staffTimeZone={settings.defaultTimeZone}
        timeZones={Intl.supportedValuesOf('timeZone')}
      />
    </>
  );
}
