import type { PorticoError, Result } from '@portico/domain';

/** A file sent with an e-mail; `content` is the file's text, encoded by the adapter as its service needs. */
export interface EmailAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly content: string;
}

/** One e-mail to one person, in both HTML and plain text. */
export interface OutgoingEmail {
  readonly to: { readonly address: string; readonly displayName: string };
  readonly subject: string;
  readonly html: string;
  readonly plainText: string;
  readonly attachments: readonly EmailAttachment[];
}

/** Sends e-mail. A send repeated with the same `operationId` (a UUID) is one send to the service. */
export interface Mailer {
  send(email: OutgoingEmail, operationId: string): Promise<Result<void, PorticoError>>;
}
