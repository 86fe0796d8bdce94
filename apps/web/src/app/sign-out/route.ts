import { NextResponse, type NextRequest } from 'next/server';
import { webApp } from '../../composition-root';

/** Ends the guest's session. POST only, so that a link or prefetch cannot sign anyone out. */
export async function POST(request: NextRequest): Promise<NextResponse> {
  const response = NextResponse.redirect(new URL('/', request.url), 303);
  response.cookies.delete(webApp().guestSessions.cookieName);
  return response;
}
