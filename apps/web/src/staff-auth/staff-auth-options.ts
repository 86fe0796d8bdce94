import type { AuthOptions } from 'next-auth';
import AzureADProvider from 'next-auth/providers/azure-ad';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import type { WebSettings } from '@/settings';
import { listDemoStaff } from '@/local-stand-ins/demo-staff-directory';

/** Staff sessions last a working day. */
const sessionSeconds = 10 * 60 * 60;

const staffClaims = z.object({ staffId: z.string().min(1), name: z.string().min(1), email: z.string().min(1) });

/**
 * next-auth (v4) for staff: Entra ID in Azure, where the staff id is the token's `oid` (the object id
 * Graph knows), or locally a sign-in as one of the Graph emulator's demo staff. Sessions are signed
 * JWT cookies; the server keeps no state.
 */
export function staffAuthOptions(settings: WebSettings): AuthOptions {
  const signIn = settings.staffSignIn;
  const provider =
    signIn.kind === 'entra'
      ? AzureADProvider({
          clientId: signIn.clientId,
          clientSecret: signIn.clientSecret,
          tenantId: signIn.tenantId,
          // The provider's own profile() fetches the staff photo from Graph into the session; Portico
          // shows no photo, so it takes the id token's claims and nothing else.
          profile: (claims) => ({
            id: claims.sub,
            name: claims.name,
            email: claims.email ?? claims.preferred_username,
          }),
        })
      : CredentialsProvider({
          id: 'local-staff',
          name: 'Local demo staff',
          credentials: { staffId: { label: 'Staff member', type: 'text' } },
          async authorize(credentials) {
            const staff = await listDemoStaff(signIn.graphEmulatorUrl);
            const member = staff.ok ? staff.value.find((m) => m.id === credentials?.staffId) : undefined;
            return member ? { id: member.id, name: member.displayName, email: member.mail } : null;
          },
        });
  return {
    providers: [provider],
    secret: settings.sessionSecret,
    session: { strategy: 'jwt', maxAge: sessionSeconds },
    pages: { signIn: '/staff/sign-in', error: '/staff/sign-in' },
    useSecureCookies: settings.environment === 'production',
    callbacks: {
      // The cookie keeps only what the portal uses: who the staff member is (no picture, no tokens).
      jwt({ token, user, profile }) {
        if (!user) return token;
        const oid = (profile as { oid?: unknown } | undefined)?.oid;
        return {
          ...(token.sub === undefined ? {} : { sub: token.sub }),
          staffId: typeof oid === 'string' ? oid : user.id,
          name: user.name ?? token.name,
          email: user.email ?? token.email,
        };
      },
      session({ session, token }) {
        const claims = staffClaims.safeParse(token);
        return claims.success
          ? { ...session, staff: { id: claims.data.staffId, name: claims.data.name, email: claims.data.email } }
          : session;
      },
    },
  };
}

/** The signed-in staff member a next-auth session carries, if any. */
export function staffFromSession(session: unknown): { id: string; name: string; email: string } | undefined {
  const parsed = z
    .object({ staff: z.object({ id: z.string().min(1), name: z.string().min(1), email: z.string().min(1) }) })
    .safeParse(session);
  return parsed.success ? parsed.data.staff : undefined;
}
