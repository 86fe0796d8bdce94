import { NextResponse } from 'next/server';
import { webApp } from '@/composition-root';

/**
 * Ends the guest's session. POST only, so that a link or prefetch cannot sign anyone out. The
 * redirect is relative: behind a proxy or on loopback the server cannot know the origin the
 * browser used, and a guess on another host would lose the browser's cookies.
 */
export async function POST(): Promise<NextResponse> {
  const response = new NextResponse(null, { status: 303, headers: { location: '/' } });
  response.cookies.delete(webApp().guestSessions.cookieName);
  return response;
}
