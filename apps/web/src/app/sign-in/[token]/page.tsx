import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RedeemForm } from './redeem-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('title'), referrer: 'no-referrer' };
}

/** Where a sign-in e-mail's link leads: one click signs the guest in. */
export default async function RedeemSignInLinkPage({
  params,
}: {
  readonly params: Promise<{ readonly token: string }>;
}) {
  const t = await getTranslations('signIn');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('continueExplanation')}</p>
      <RedeemForm token={(await params).token} />
    </>
  );
}
