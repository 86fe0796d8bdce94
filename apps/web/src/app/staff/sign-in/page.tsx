import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { errorMessage } from '@portico/domain';
import { webApp } from '@/composition-root';
import { listDemoStaff } from '@/local-stand-ins/demo-staff-directory';
import { StaffSignInButtons } from './staff-sign-in-buttons';
import { ProblemMessage } from '@/components/problem-message';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff'))('signInTitle'), robots: { index: false } };
}

/** Staff sign in with Entra ID; locally, as one of the Graph emulator's demo staff. */
export default async function StaffSignInPage({
  searchParams,
}: {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const t = await getTranslations('staff');
  const { staffSignIn } = webApp().settings;
  const failed = (await searchParams)['error'] !== undefined;
  const demoStaff = staffSignIn.kind === 'local' ? await listDemoStaff(staffSignIn.graphEmulatorUrl) : undefined;
  const choices =
    staffSignIn.kind === 'local'
      ? (demoStaff?.ok ? demoStaff.value : []).map((member) => ({
          provider: 'local-staff',
          staffId: member.id,
          label: member.displayName,
        }))
      : [{ provider: 'azure-ad', label: t('entraAccount') }];
  const unavailable = demoStaff?.ok === false ? errorMessage(demoStaff.error, await getLocale()) : undefined;
  return (
    <>
      <h1>{t('signInTitle')}</h1>
      {failed && <p role="alert">{t('signInFailed')}</p>}
      {unavailable && <ProblemMessage title={unavailable.title} detail={unavailable.detail} />}
      <p>{staffSignIn.kind === 'local' ? t('signInLocalExplanation') : t('signInEntraExplanation')}</p>
      <StaffSignInButtons choices={choices} />
    </>
  );
}
