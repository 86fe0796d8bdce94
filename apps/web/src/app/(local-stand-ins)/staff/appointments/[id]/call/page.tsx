import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { relayOrganiserRawId } from '@portico/relay-protocol';
import { staffRelayMeeting } from '@/local-stand-ins/meeting-relay/staff-relay-meeting';
import { currentStaff } from '@/staff-auth/current-staff';
import { StaffCall } from './staff-call';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('callTitle') };
}

/** Local mode only: staff join the appointment's meeting on the relay. In Azure they join from Teams. */
export default async function StaffCallPage({ params }: { readonly params: Promise<{ readonly id: string }> }) {
  const staff = await currentStaff();
  if (!staff) redirect('/staff/sign-in');
  const { id } = await params;
  const meeting = await staffRelayMeeting(id, await getLocale());
  if (!meeting) notFound();
  const t = await getTranslations('staff');
  return (
    <>
      <p>
        <Link href="/staff">{t('backToConsole')}</Link>
      </p>
      <h1>{t('callHeading', { subject: meeting.appointment.subject })}</h1>
      <StaffCall
        appointmentId={id}
        staffName={staff.name}
        selfId={relayOrganiserRawId(meeting.staff.id)}
        locator={meeting.appointment.locator}
        relayUrl={meeting.relay.url}
      />
    </>
  );
}
