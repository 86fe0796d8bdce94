import 'server-only';
import { cookies } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { porticoError, type Locale, type PorticoError, type Result } from '@portico/domain';
import { webApp } from '../composition-root';
import { personLocale } from '../i18n/person-locale';
import { problemJson } from './problem-json';

type JoinCall<T> = (email: string, appointmentId: string, locale: Locale) => Promise<Result<T, PorticoError>>;

/**
 * A POST route for the guest's browser that asks the Functions API on the guest's behalf: only with
 * a guest session and only for the appointment a personal-link session is for. Other sites' pages
 * never get here: the proxy's request gate refuses cross-site posts.
 */
export function guestJoinRoute<T>(call: (api: ReturnType<typeof webApp>['functionsApi']) => JoinCall<T>) {
  return async (request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<NextResponse> => {
    const { guestSessions, functionsApi } = webApp();
    const locale = await personLocale();
    const instance = new URL(request.url).pathname;
    const session = await guestSessions.read((await cookies()).get(guestSessions.cookieName)?.value);
    if (!session) return problemJson(porticoError('auth.unauthenticated'), locale, instance);
    const { id } = await params;
    if (session.appointmentId !== undefined && session.appointmentId !== id) {
      return problemJson(porticoError('appointment.not-found'), locale, instance);
    }
    const result = await call(functionsApi)(session.email, id, locale);
    if (!result.ok) return problemJson(result.error, locale, instance);
    return NextResponse.json(result.value, { headers: { 'cache-control': 'no-store' } });
  };
}
