import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

/** A signed-in guest, as the session cookie proves. */
export interface GuestSession {
  readonly email: string;
  /** Set when the guest came in by one appointment's personal link: the session is for it alone. */
  readonly appointmentId?: string;
}

export interface SessionCookie {
  readonly name: string;
  readonly value: string;
  readonly options: {
    readonly httpOnly: true;
    readonly secure: boolean;
    readonly sameSite: 'lax';
    readonly path: '/';
    readonly maxAge: number;
  };
}

const issuer = 'portico-web';
const audience = 'portico-guest-session';
const lifetimeSeconds = 8 * 60 * 60;
const emailSchema = z.email();

/**
 * Guest sessions as signed, expiring tokens (HS256 JWT) in an HttpOnly cookie. The server keeps no
 * session state; the secret comes from settings (Key Vault in Azure).
 */
export class GuestSessions {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly secureCookie: boolean,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /** `__Host-` binds the cookie to this exact origin over HTTPS; plain HTTP on loopback cannot use it. */
  get cookieName(): string {
    return this.secureCookie ? '__Host-portico-guest' : 'portico-guest';
  }

  /** A session for the guest: for all their appointments, or for one when `appointmentId` is given. */
  async issue(email: string, now: Date = new Date(), appointmentId?: string): Promise<SessionCookie> {
    const normalised = emailSchema.parse(email.trim().toLowerCase());
    const issuedAt = Math.floor(now.getTime() / 1000);
    const value = await new SignJWT(appointmentId === undefined ? {} : { apt: appointmentId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject(normalised)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + lifetimeSeconds)
      .sign(this.key);
    return {
      name: this.cookieName,
      value,
      options: { httpOnly: true, secure: this.secureCookie, sameSite: 'lax', path: '/', maxAge: lifetimeSeconds },
    };
  }

  /** The session a cookie value proves, or undefined if it is missing, forged, expired or malformed. */
  async read(value: string | undefined, now: Date = new Date()): Promise<GuestSession | undefined> {
    if (!value) return undefined;
    try {
      const { payload } = await jwtVerify(value, this.key, {
        issuer,
        audience,
        algorithms: ['HS256'],
        currentDate: now,
      });
      const email = emailSchema.safeParse(payload.sub);
      if (!email.success) return undefined;
      return typeof payload['apt'] === 'string'
        ? { email: email.data, appointmentId: payload['apt'] }
        : { email: email.data };
    } catch {
      return undefined;
    }
  }
}
