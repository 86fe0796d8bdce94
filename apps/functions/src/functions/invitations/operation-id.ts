import { createHash } from 'node:crypto';

/**
 * A UUID derived from an e-mail's dedupe key, so every attempt at the same e-mail names the same
 * ACS operation and the service can recognise a repeat.
 */
export function operationIdFor(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  // Shaped as an RFC 9562 version 8 (custom) UUID.
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
