import { NextResponse, type NextRequest } from 'next/server';
import { porticoError } from '@portico/domain';
import { webApp } from '@/composition-root';
import { problemJson } from '@/http/problem-json';
import { personLocale } from '@/i18n/person-locale';
import { currentStaff } from '@/staff-auth/current-staff';

/** `GET /staff/walk-in-desk`: the staff member's desk and its queue, for the console to poll. */
export async function GET(request: NextRequest) {
  const locale = await personLocale();
  const instance = request.nextUrl.pathname;
  const staff = await currentStaff();
  if (!staff) return problemJson(porticoError('auth.unauthenticated'), locale, instance);
  const desk = await webApp().functionsApi.getWalkInDesk(staff, locale);
  if (!desk.ok) return problemJson(desk.error, locale, instance);
  return NextResponse.json(desk.value, { headers: { 'cache-control': 'no-store' } });
}
