import { NextResponse, type NextRequest } from 'next/server';
import { porticoError } from '@portico/domain';
import { webApp } from '@/composition-root';
import type { StaffWalkInDesks } from '@/front-desk/staff-walk-in-desks';
import { problemJson } from '@/http/problem-json';
import { personLocale } from '@/i18n/person-locale';
import { currentStaff } from '@/staff-auth/current-staff';

/** `GET /staff/walk-in-desk`: the staff member's own desk (or none) and the team desks they take at. */
export async function GET(request: NextRequest) {
  const locale = await personLocale();
  const instance = request.nextUrl.pathname;
  const staff = await currentStaff();
  if (!staff) return problemJson(porticoError('auth.unauthenticated'), locale, instance);
  const { functionsApi } = webApp();
  const [own, team] = await Promise.all([
    functionsApi.getWalkInDesk(staff, locale),
    functionsApi.getTeamWalkInDesks(staff, locale),
  ]);
  if (!own.ok && own.error.code !== 'walk-in.desk-not-found') return problemJson(own.error, locale, instance);
  if (!team.ok) return problemJson(team.error, locale, instance);
  const view: StaffWalkInDesks = { own: own.ok ? own.value : null, team: team.value.desks };
  return NextResponse.json(view, { headers: { 'cache-control': 'no-store' } });
}
