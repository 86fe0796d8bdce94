import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/** What a personal link proves: this guest may see this one appointment. */
export interface AppointmentLinkGrant {
  readonly appointmentId: string;
  readonly email: string;
}

const issuer = 'portico-functions';
const audience = 'portico-appointment-link';
const claims = z.object({ sub: z.email(), apt: z.string().min(1).max(512) });

/**
 * Personal links as signed, expiring tokens (HS256 JWT) scoped to one appointment and one guest.
 * Nothing is stored: the signature is the proof, and rotating the secret revokes every link.
 */
export class AppointmentLinkTokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('The link signing secret must be at least 32 characters');
    this.key = new TextEncoder().encode(secret);
  }

  async mint(grant: AppointmentLinkGrant, expiresAt: Date, now: Date): Promise<string> {
    return new SignJWT({ apt: grant.appointmentId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject(grant.email)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
  }

  /** The grant a token proves, or undefined if it is forged, expired, malformed or for something else. */
  async verify(token: string, now: Date): Promise<AppointmentLinkGrant | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer,
        audience,
        algorithms: ['HS256'],
        currentDate: now,
      });
      const parsed = claims.safeParse(payload);
      return parsed.success ? { appointmentId: parsed.data.apt, email: parsed.data.sub } : undefined;
    } catch {
      return undefined;
    }
  }
}
