import { NextResponse, type NextRequest } from 'next/server';
import { porticoError } from '@portico/domain';
import { webApp } from '@/composition-root';
import { changedView } from '@/front-desk/changed-view';
import { problemJson } from '@/http/problem-json';
import { personLocale } from '@/i18n/person-locale';
import { currentStaff } from '@/staff-auth/current-staff';

const versionPattern = /^[0-9a-f]{16}$/;

/**
 * `GET /staff/front-desk[?version=…]`: where each guest of the staff member's appointments is, as a
 * long poll: answered at once without a version, otherwise when the view changes (or after 25 s with
 * the same one). The console asks again at once, so it is live without a reload.
 */
export async function GET(request: NextRequest) {
  const locale = await personLocale();
  const instance = request.nextUrl.pathname;
  const staff = await currentStaff();
  if (!staff) return problemJson(porticoError('auth.unauthenticated'), locale, instance);
  const versions = request.nextUrl.searchParams.getAll('version');
  const version = versions[0];
  if (versions.length > 1 || (version !== undefined && !versionPattern.test(version))) {
    return problemJson(porticoError('request.invalid', { issues: 'version' }), locale, instance);
  }
  const { functionsApi, clock } = webApp();
  const answer = await changedView(() => functionsApi.getFrontDesk(staff, locale), version, {
    holdMs: 25_000,
    everyMs: 1_000,
    signal: request.signal,
  });
  if (!answer.ok) return problemJson(answer.error, locale, instance);
  return NextResponse.json(
    { ...answer.value, now: clock().toISOString() },
    { headers: { 'cache-control': 'no-store' } },
  );
}
