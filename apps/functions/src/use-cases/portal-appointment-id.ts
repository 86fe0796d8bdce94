import { createHash } from 'node:crypto';

/**
 * The id of an appointment made in the portal: derived from the organiser and their Idempotency-Key,
 * so a retry by the same organiser finds the same appointment, while the same key from anyone else
 * names a different one and cannot reveal that another organiser's appointment exists. A UUID (RFC
 * 9562 version 8, name-based on SHA-256), as the Graph event's `transactionId` and the contract expect.
 */
export function portalAppointmentId(organiserId: string, idempotencyKey: string): string {
  const bytes = createHash('sha256').update(`portal-appointment|${organiserId}|${idempotencyKey}`).digest();
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
