import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ProblemMessage } from '../../components/problem-message';
import { webApp } from '../../composition-root';
import { SignInRequestForm } from './sign-in-request-form';

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
  const reason = (await searchParams)['reason'];
  return (
    <>
      <h1>{t('title')}</h1>
      {(reason === 'link-invalid' || reason === 'unavailable') && (
        <ProblemMessage
          title={t(reason === 'link-invalid' ? 'linkInvalidTitle' : 'unavailableTitle')}
          detail={t(reason === 'link-invalid' ? 'linkInvalid' : 'unavailable')}
        />
      )}
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
