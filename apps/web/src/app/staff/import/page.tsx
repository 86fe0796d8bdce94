import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppointmentFormPage } from '@/app/staff/appointment-form-page';
import { importAppointmentAction } from '@/app/staff/staff-actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('importTitle') };
}

export default function ImportAppointmentPage() {
  return <AppointmentFormPage kind="import" action={importAppointmentAction} />;
}
