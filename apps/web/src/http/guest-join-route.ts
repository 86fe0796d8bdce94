import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { porticoError, type Locale, type PorticoError, type Result } from '@portico/domain';
import { webApp } from '@/composition-root';
import { personLocale } from '@/i18n/person-locale';
import { problemJson } from './problem-json';
import { guestSessionFor } from '@/guest-session/current-guest';

type JoinCall<T> = (email: string, appointmentId: string, locale: Locale) => Promise<Result<T, PorticoError>>;

/**
 * A POST route for the guest's browser that asks the Functions API on the guest's behalf: only with
 * a guest session and only for the appointment a personal-link session is for. Other sites' pages
 * never get here: the proxy's request gate refuses cross-site posts.
 */
export function guestJoinRoute<T>(call: (api: ReturnType<typeof webApp>['functionsApi']) => JoinCall<T>) {
  return async (request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<NextResponse> => {
    const { functionsApi } = webApp();
    const locale = await personLocale();
    const instance = new URL(request.url).pathname;
    const { id } = await params;
    const session = await guestSessionFor(id);
    if (session === 'signed-out') return problemJson(porticoError('auth.unauthenticated'), locale, instance);
    if (session === 'other-appointment') return problemJson(porticoError('appointment.not-found'), locale, instance);
    const result = await call(functionsApi)(session.email, id, locale);
    if (!result.ok) return problemJson(result.error, locale, instance);
    return NextResponse.json(result.value, { headers: { 'cache-control': 'no-store' } });
  };
}
