import type { EmailClient } from '@azure/communication-email';
import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';
import type { Mailer, OutgoingEmail } from './mailer';

/**
 * `Mailer` on Azure Communication Services Email (or its local emulator, which answers the same
 * calls). The operation id doubles as ACS's `Operation-Id`, so a retried send names the same operation.
 */
export class AcsEmailMailer implements Mailer {
  constructor(
    private readonly client: EmailClient,
    private readonly senderAddress: string,
  ) {}

  async send(email: OutgoingEmail, operationId: string): Promise<Result<void, PorticoError>> {
    try {
      const poller = await this.client.beginSend(
        {
          senderAddress: this.senderAddress,
          content: { subject: email.subject, plainText: email.plainText, html: email.html },
          recipients: { to: [{ address: email.to.address, displayName: email.to.displayName }] },
          attachments: email.attachments.map((attachment) => ({
            name: attachment.name,
            contentType: attachment.contentType,
            contentInBase64: Buffer.from(attachment.content, 'utf8').toString('base64'),
          })),
          // Portico's links are personal; click tracking would rewrite them through a third party.
          disableUserEngagementTracking: true,
        },
        { operationId },
      );
      const result = await poller.pollUntilDone();
      return result.status === 'Succeeded' ? ok(undefined) : err(porticoError('dependency.unavailable'));
    } catch {
      return err(porticoError('dependency.unavailable'));
    }
  }
}
