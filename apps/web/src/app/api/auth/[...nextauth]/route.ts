import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { webApp } from '../../../../composition-root';

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth's endpoints (sign-in, callback, session, sign-out), configured by the composition root. */
function handler(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, webApp().staffAuth) as Promise<Response>;
}

export { handler as GET, handler as POST };
