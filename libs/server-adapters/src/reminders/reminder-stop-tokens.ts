import { normaliseGuestEmail } from '@portico/domain';
import { SealedBox } from '../guest-access/sealed-box';

const formatVersion = 1;
const headerBytes = 1 + 4;
const maxEmailBytes = 254;

/**
 * The token in a reminder's "stop reminders" link: AES-256-GCM over the guest's address and an
 * expiry, so the link works without signing in, names nobody in the URL, and cannot be made for
 * someone else's address. Nothing is stored.
 */
export class ReminderStopTokens {
  private readonly box: SealedBox;

  constructor(secret: string) {
    this.box = new SealedBox(secret, 'reminder-stop-token/v1');
  }

  mint(guestEmail: string, expiresAt: Date): string {
    const email = Buffer.from(normaliseGuestEmail(guestEmail), 'utf8');
    if (email.length > maxEmailBytes) throw new Error('Address too long for a reminder link');
    const header = Buffer.alloc(headerBytes);
    header.writeUInt8(formatVersion, 0);
    header.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), 1);
    return this.box.seal(Buffer.concat([header, email]));
  }

  /** The guest's address, or undefined if the token is forged, altered, expired or not a token. */
  read(token: string, now: Date): string | undefined {
    const plain = this.box.open(token, headerBytes + 1, 512);
    if (!plain || plain.readUInt8(0) !== formatVersion || plain.readUInt32BE(1) * 1000 <= now.getTime())
      return undefined;
    return plain.subarray(headerBytes).toString('utf8');
  }
}
