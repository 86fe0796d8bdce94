import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { errorMessage } from '@portico/domain';
import { ProblemMessage } from '@/components/problem-message';
import { webApp } from '@/composition-root';
import { ReminderChoiceForm } from './reminder-choice-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reminders'))('title'), referrer: 'no-referrer', robots: { index: false } };
}

/** Where a reminder's "stop reminders" link leads: whose reminders, whether they are on, and a button. */
export default async function StopRemindersPage({ params }: { readonly params: Promise<{ readonly token: string }> }) {
  const t = await getTranslations('reminders');
  const locale = await getLocale();
  const { token } = await params;
  const preferences = await webApp().functionsApi.readReminderPreferences(token, locale);
  if (!preferences.ok) {
    const problem = errorMessage(preferences.error, locale);
    return (
      <>
        <h1>{t('title')}</h1>
        <ProblemMessage title={problem.title} detail={problem.detail} />
      </>
    );
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('explanation', { email: preferences.value.maskedEmail })}</p>
      <ReminderChoiceForm token={token} stopped={preferences.value.stopped} />
    </>
  );
}
