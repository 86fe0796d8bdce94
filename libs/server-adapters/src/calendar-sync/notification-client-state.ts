import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The `clientState` secret of each subscription, derived from one key and a per-subscription nonce:
 * storage keeps only the nonce, and a notification proves itself by carrying the derived value.
 */
export class NotificationClientStates {
  constructor(private readonly key: string) {}

  /** A fresh nonce for a new subscription. */
  newNonce(): string {
    return randomBytes(18).toString('base64url');
  }

  /** The `clientState` for this calendar and nonce (Graph allows at most 128 characters). */
  clientStateFor(userId: string, nonce: string): string {
    return createHmac('sha256', this.key).update(`${userId}|${nonce}`).digest('base64url');
  }

  /** Whether a notification's `clientState` is the one issued, compared in constant time. */
  matches(given: string, userId: string, nonce: string): boolean {
    const expected = Buffer.from(this.clientStateFor(userId, nonce));
    const actual = Buffer.from(given);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}
