/** An ACS access token and when it expires (ISO 8601). */
export interface CallToken {
  readonly token: string;
  readonly expiresOn: string;
}

/** A new ACS user and its first token. */
export interface IssuedIdentity extends CallToken {
  /** The ACS user id, `8:acs:…`. */
  readonly userId: string;
}

/** Mints the ACS identities guests join calls with. Tokens carry the voip and chat scopes only. */
export interface IdentityIssuer {
  /** A new ACS user with a token. */
  createGuest(): Promise<IssuedIdentity>;
  /**
   * A fresh token for a user this issuer created before; undefined when the identity service no
   * longer knows the user (deleted, or the ACS resource was replaced), so the caller can mint anew.
   */
  renewToken(userId: string): Promise<CallToken | undefined>;
}

/** The shortest token lifetime ACS allows; renewal re-checks the appointment each time. */
export const callTokenLifetimeMinutes = 60;
