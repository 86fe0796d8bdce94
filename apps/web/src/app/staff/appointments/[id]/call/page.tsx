import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@portico/meeting-core';
import { webApp } from '../../../../../composition-root';
import { currentStaff } from '../../../../../staff-auth/current-staff';
import { StaffCall } from './staff-call';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('callTitle') };
}

/** Local mode only: staff join the appointment's meeting on the relay. In Azure they join from Teams. */
export default async function StaffCallPage({ params }: { readonly params: Promise<{ readonly id: string }> }) {
  const staff = await currentStaff();
  if (!staff) redirect('/staff/sign-in');
  const { functionsApi, meetingRelay } = webApp();
  if (!meetingRelay) notFound();
  const { id } = await params;
  const appointment = await functionsApi.getStaffAppointment(staff, id, (await getLocale()) as Locale);
  if (!appointment.ok) notFound();
  const t = await getTranslations('staff');
  return (
    <>
      <p>
        <Link href="/staff">{t('backToConsole')}</Link>
      </p>
      <h1>{t('callHeading', { subject: appointment.value.subject })}</h1>
      <StaffCall
        appointmentId={id}
        staffName={staff.name}
        joinUrl={appointment.value.joinUrl}
        relayUrl={meetingRelay.url}
      />
    </>
  );
}
