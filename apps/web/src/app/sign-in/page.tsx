import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ProblemMessage } from '@/components/problem-message';
import { webApp } from '@/composition-root';
import { SignInRequestForm } from './sign-in-request-form';

/** Why a guest was sent here instead of to their appointment. */
const reasonText = {
  'link-invalid': { title: 'linkInvalidTitle', detail: 'linkInvalid' },
  'link-replaced': { title: 'linkReplacedTitle', detail: 'linkReplaced' },
  unavailable: { title: 'unavailableTitle', detail: 'unavailable' },
} as const;

function signInReason(value: string | string[] | undefined): keyof typeof reasonText | undefined {
  return typeof value === 'string' && Object.hasOwn(reasonText, value) ? (value as keyof typeof reasonText) : undefined;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('title') };
}

/** Guests sign in without an account: a single-use link by e-mail. */
export default async function SignInPage({
  searchParams,
}: {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations('signIn');
  const reason = signInReason((await searchParams)['reason']);
  return (
    <>
      <h1>{t('title')}</h1>
      {reason && <ProblemMessage title={t(reasonText[reason].title)} detail={t(reasonText[reason].detail)} />}
      <p>{t('explanation')}</p>
      <SignInRequestForm />
      {webApp().settings.localSignIn && (
        <p>
          <Link href="/local/guest-sign-in">{t('localSignIn')}</Link>
        </p>
      )}
    </>
  );
}
