/** Single-use sign-in links for guests: issued for an address, redeemed at most once before they expire. */
export interface SignInLinks {
  /** A new secret token for `email`, valid until `expiresAt`. */
  issue(email: string, expiresAt: Date): Promise<string>;
  /** The address a token was issued for, if it is known, unused and unexpired; it is used up by this call. */
  redeem(token: string, now: Date): Promise<string | undefined>;
}
