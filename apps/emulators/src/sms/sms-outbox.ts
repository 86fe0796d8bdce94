import { randomUUID } from 'node:crypto';

/** One text message as the ACS SMS API accepted it, for one recipient. */
export interface SmsOutboxMessage {
  readonly messageId: string;
  readonly acceptedAt: string;
  readonly from: string;
  readonly to: string;
  readonly message: string;
  readonly tag?: string;
}

export type NewSmsOutboxMessage = Omit<SmsOutboxMessage, 'messageId' | 'acceptedAt'>;

/** How many of the next sends fail, and with which status; tests switch this on. */
export interface SmsFault {
  readonly status: 429 | 500 | 503;
  readonly times: number;
}

/**
 * The text messages the emulator has accepted, newest last. A recipient's repeatability request id
 * that was used before names the message it first sent and adds nothing, as ACS does for a repeated
 * request.
 */
export class SmsOutbox {
  private readonly messages: SmsOutboxMessage[] = [];
  private readonly byRepeatabilityId = new Map<string, SmsOutboxMessage>();
  private fault: { status: SmsFault['status']; left: number } | undefined;

  /** The message kept, and whether this request repeated an earlier one. */
  accept(
    message: NewSmsOutboxMessage,
    repeatabilityRequestId: string | undefined,
    now: Date = new Date(),
  ): { readonly message: SmsOutboxMessage; readonly repeated: boolean } {
    const earlier =
      repeatabilityRequestId === undefined ? undefined : this.byRepeatabilityId.get(repeatabilityRequestId);
    if (earlier) return { message: earlier, repeated: true };
    const accepted = { ...message, messageId: `Outgoing_${randomUUID()}_noam`, acceptedAt: now.toISOString() };
    this.messages.push(accepted);
    if (repeatabilityRequestId !== undefined) this.byRepeatabilityId.set(repeatabilityRequestId, accepted);
    return { message: accepted, repeated: false };
  }

  list(): readonly SmsOutboxMessage[] {
    return [...this.messages];
  }

  clear(): void {
    this.messages.length = 0;
    this.byRepeatabilityId.clear();
    this.fault = undefined;
  }

  clearFaults(): void {
    this.fault = undefined;
  }

  failNext(fault: SmsFault): void {
    this.fault = { status: fault.status, left: fault.times };
  }

  /** The injected failure status for the send now arriving, if any, counting it down. */
  nextFailure(): SmsFault['status'] | undefined {
    if (!this.fault || this.fault.left <= 0) return undefined;
    this.fault.left--;
    return this.fault.status;
  }
}
