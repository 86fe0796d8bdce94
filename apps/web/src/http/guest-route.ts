import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { porticoError, type Locale, type PorticoError, type Result } from '@portico/domain';
import { webApp } from '@/composition-root';
import { personLocale } from '@/i18n/person-locale';
import { problemJson } from './problem-json';
import { guestSessionFor } from '@/guest-session/current-guest';

/** What a guest route knows once the session is checked. */
export interface GuestRouteContext {
  readonly email: string;
  readonly appointmentId: string;
  readonly locale: Locale;
  /** The request's path, the problem's `instance`. */
  readonly instance: string;
}

type RouteParams = { params: Promise<{ id: string }> };

/**
 * A POST route for the guest's browser about one appointment: only with a guest session, and only
 * for the appointment a personal-link session is for. Other sites' pages never get here: the proxy's
 * request gate refuses cross-site posts.
 */
export function guestRoute(handler: (request: NextRequest, guest: GuestRouteContext) => Promise<NextResponse>) {
  return async (request: NextRequest, { params }: RouteParams): Promise<NextResponse> => {
    const locale = await personLocale();
    const instance = new URL(request.url).pathname;
    const { id } = await params;
    const session = await guestSessionFor(id);
    if (session === 'signed-out') return problemJson(porticoError('auth.unauthenticated'), locale, instance);
    if (session === 'other-appointment') return problemJson(porticoError('appointment.not-found'), locale, instance);
    return handler(request, { email: session.email, appointmentId: id, locale, instance });
  };
}

type JoinCall<T> = (email: string, appointmentId: string, locale: Locale) => Promise<Result<T, PorticoError>>;

/** A guest route that asks the Functions API on the guest's behalf and answers with its JSON. */
export function guestJoinRoute<T>(call: (api: ReturnType<typeof webApp>['functionsApi']) => JoinCall<T>) {
  return guestRoute(async (_request, { email, appointmentId, locale, instance }) => {
    const result = await call(webApp().functionsApi)(email, appointmentId, locale);
    if (!result.ok) return problemJson(result.error, locale, instance);
    return NextResponse.json(result.value, { headers: { 'cache-control': 'no-store' } });
  });
}
