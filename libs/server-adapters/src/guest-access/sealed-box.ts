import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const nonceBytes = 12;
const tagBytes = 16;

/**
 * AES-256-GCM under a key derived (HKDF) from a secret and a purpose, for tokens that must be
 * unreadable and unforgeable in a URL with nothing stored: a fresh nonce per token, the tag checked
 * before anything is read. One purpose's tokens never open under another's key.
 */
export class SealedBox {
  private readonly key: Buffer;

  constructor(secret: string, purpose: string) {
    if (secret.length < 32) throw new Error('The link signing secret must be at least 32 characters');
    this.key = Buffer.from(hkdfSync('sha256', secret, 'portico', purpose, 32));
  }

  /** The bytes sealed, as base64url. */
  seal(plain: Buffer): string {
    const nonce = randomBytes(nonceBytes);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([nonce, sealed, cipher.getAuthTag()]).toString('base64url');
  }

  /** The bytes a token seals, or undefined if it is not base64url of the right size, or forged or altered. */
  open(token: string, minPlainBytes: number, maxTokenLength: number): Buffer | undefined {
    if (token.length > maxTokenLength || !/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.length < nonceBytes + minPlainBytes + tagBytes) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, nonceBytes));
      decipher.setAuthTag(bytes.subarray(bytes.length - tagBytes));
      return Buffer.concat([decipher.update(bytes.subarray(nonceBytes, bytes.length - tagBytes)), decipher.final()]);
    } catch {
      return undefined;
    }
  }
}
