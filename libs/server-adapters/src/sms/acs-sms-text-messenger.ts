import type { SmsClient } from '@azure/communication-sms';
import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';
import { repeatabilityHeaders } from './create-sms-client';
import type { OutgoingText, Repeatability, TextMessenger } from './text-messenger';

/**
 * `TextMessenger` on Azure Communication Services SMS (or its local emulator, which answers the same
 * calls) from one of the resource's numbers or its alphanumeric sender ID. ACS answers per recipient:
 * a 400 about the phone number is a number it will never deliver to, not a failure to retry.
 */
export class AcsSmsTextMessenger implements TextMessenger {
  constructor(
    private readonly client: SmsClient,
    private readonly from: string,
  ) {}

  async send(text: OutgoingText, repeatability: Repeatability): Promise<Result<void, PorticoError>> {
    try {
      const [result] = await this.client.send(
        { from: this.from, to: [text.to], message: text.message },
        {
          requestOptions: {
            customHeaders: {
              [repeatabilityHeaders.id]: repeatability.id,
              [repeatabilityHeaders.firstSent]: repeatability.firstSentAt.toUTCString(),
            },
          },
        },
      );
      if (result?.successful) return ok(undefined);
      // Only a refused number is final; any other refusal may pass on a retry.
      return result?.httpStatusCode === 400 && /phone number/i.test(result.errorMessage ?? '')
        ? err(porticoError('sms.invalid-number'))
        : err(porticoError('dependency.unavailable'));
    } catch {
      return err(porticoError('dependency.unavailable'));
    }
  }
}
