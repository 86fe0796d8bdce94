import { NextResponse, type NextRequest } from 'next/server';
import { negotiateLocale, type ErrorCode } from '@portico/domain';
import { webApp } from '@/composition-root';

/** Why a personal link signs nobody in, as the sign-in page explains it. */
const linkRefusals: Partial<Record<ErrorCode, string>> = {
  'sign-in.link-invalid': 'link-invalid',
  'sign-in.link-replaced': 'link-replaced',
};

/**
 * A guest's personal link from an e-mail: if the Functions API vouches for it, the guest gets a
 * session for that one appointment and lands on it. Redirects are relative (see `/sign-out`).
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ token: string }> },
): Promise<NextResponse> {
  const { functionsApi, guestSessions } = webApp();
  const locale = negotiateLocale(request.headers.get('accept-language'));
  const grant = await functionsApi.verifyAppointmentLink((await params).token, locale);
  if (!grant.ok) {
    const reason = linkRefusals[grant.error.code] ?? 'unavailable';
    return new NextResponse(null, { status: 303, headers: { location: `/sign-in?reason=${reason}` } });
  }
  const cookie = await guestSessions.issue(grant.value.email, new Date(), grant.value.appointmentId);
  const response = new NextResponse(null, {
    status: 303,
    headers: {
      location: `/appointments/${encodeURIComponent(grant.value.appointmentId)}`,
      'referrer-policy': 'no-referrer',
    },
  });
  response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
}
