import type { PorticoError, Result } from '@portico/domain';

/** One text message to one mobile number (E.164). */
export interface OutgoingText {
  readonly to: string;
  readonly message: string;
}

/**
 * What makes a send repeatable: the same `id` (a UUID) and `firstSentAt` on every attempt, so the
 * service can tell a retry from a new message.
 */
export interface Repeatability {
  readonly id: string;
  readonly firstSentAt: Date;
}

/**
 * Sends text messages. `sms.invalid-number` when the service refuses the number; any other failure
 * is `dependency.unavailable`, which a retry may cure.
 */
export interface TextMessenger {
  send(text: OutgoingText, repeatability: Repeatability): Promise<Result<void, PorticoError>>;
}
