import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { webApp } from '../../../composition-root';
import { listDemoStaff } from '../../../staff-auth/demo-staff-directory';
import { StaffSignInButtons } from './staff-sign-in-buttons';

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
  const choices =
    staffSignIn.kind === 'local'
      ? (await listDemoStaff(staffSignIn.graphEmulatorUrl)).map((member) => ({
          provider: 'local-staff',
          staffId: member.id,
          label: member.displayName,
        }))
      : [{ provider: 'azure-ad', label: t('entraAccount') }];
  return (
    <>
      <h1>{t('signInTitle')}</h1>
      {failed && <p role="alert">{t('signInFailed')}</p>}
      <p>{staffSignIn.kind === 'local' ? t('signInLocalExplanation') : t('signInEntraExplanation')}</p>
      <StaffSignInButtons choices={choices} />
    </>
  );
}
