import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppointmentFormPage } from '@/app/staff/appointment-form-page';
import { createAppointmentAction } from '@/app/staff/staff-actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('newTitle') };
}

export default function NewAppointmentPage() {
  return <AppointmentFormPage kind="new" action={createAppointmentAction} />;
}
