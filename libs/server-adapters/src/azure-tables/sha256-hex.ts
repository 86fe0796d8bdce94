import { createHash } from 'node:crypto';

/** A SHA-256 hex digest, for keys that must not hold the secret or address they stand for. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
