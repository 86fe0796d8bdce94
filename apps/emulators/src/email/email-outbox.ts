import { randomUUID } from 'node:crypto';

export interface OutboxAddress {
  readonly address: string;
  readonly displayName?: string;
}

export interface OutboxAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly contentInBase64: string;
}

/** One e-mail as the ACS Email API accepted it. */
export interface OutboxMessage {
  readonly operationId: string;
  readonly acceptedAt: string;
  readonly senderAddress: string;
  readonly to: readonly OutboxAddress[];
  readonly subject: string;
  readonly plainText?: string;
  readonly html?: string;
  readonly attachments: readonly OutboxAttachment[];
}

export type NewOutboxMessage = Omit<OutboxMessage, 'operationId' | 'acceptedAt'>;

/** How many of the next sends fail, and with which status; tests switch this on. */
export interface EmailFault {
  readonly status: 429 | 500 | 503;
  readonly times: number;
}

/**
 * The e-mails the emulator has accepted, newest last. An `Operation-Id` that was used before names
 * the same operation and adds nothing, as ACS does for a repeated request.
 */
export class EmailOutbox {
  private readonly messages: OutboxMessage[] = [];
  private fault: { status: EmailFault['status']; left: number } | undefined;

  accept(message: NewOutboxMessage, operationId: string = randomUUID(), now: Date = new Date()): OutboxMessage {
    const existing = this.messages.find((m) => m.operationId === operationId);
    if (existing) return existing;
    const accepted = { ...message, operationId, acceptedAt: now.toISOString() };
    this.messages.push(accepted);
    return accepted;
  }

  find(operationId: string): OutboxMessage | undefined {
    return this.messages.find((m) => m.operationId === operationId);
  }

  list(): readonly OutboxMessage[] {
    return [...this.messages];
  }

  clear(): void {
    this.messages.length = 0;
    this.fault = undefined;
  }

  clearFaults(): void {
    this.fault = undefined;
  }

  failNext(fault: EmailFault): void {
    this.fault = { status: fault.status, left: fault.times };
  }

  /** The injected failure status for the send now arriving, if any, counting it down. */
  nextFailure(): EmailFault['status'] | undefined {
    if (!this.fault || this.fault.left <= 0) return undefined;
    this.fault.left--;
    return this.fault.status;
  }
}
