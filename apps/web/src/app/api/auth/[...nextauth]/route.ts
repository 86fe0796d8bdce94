import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { negotiateLocale, porticoError } from '@portico/domain';
import { webApp } from '@/composition-root';
import { problemJson } from '@/http/problem-json';

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's endpoints (sign-in, callback, session, sign-out), configured by the composition root.
 * next-auth parses bodies itself and throws on a malformed one; that is the caller's fault, so it is
 * a 400 problem, not a 500.
 */
async function handler(request: NextRequest, context: Context): Promise<Response> {
  let body: string | undefined;
  if (request.method === 'POST') {
    body = await request.text();
    if (!wellFormed(body, request.headers.get('content-type'))) {
      const locale = negotiateLocale(request.headers.get('accept-language'));
      const issues = 'body: not a well-formed form or JSON object';
      return problemJson(porticoError('request.invalid', { issues }), locale, request.nextUrl.pathname);
    }
  }
  const forwarded = body === undefined ? request : new NextRequest(request, { body });
  return (await NextAuth(forwarded, context, webApp().staffAuth)) as Response;
}

/** next-auth's posts are forms (or JSON objects) with at least the CSRF token: anything else is refused. */
function wellFormed(body: string, contentType: string | null): boolean {
  if (body.trim() === '') return false;
  if (contentType?.includes('application/x-www-form-urlencoded')) return true;
  if (!contentType?.includes('application/json')) return false;
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

export { handler as GET, handler as POST };
