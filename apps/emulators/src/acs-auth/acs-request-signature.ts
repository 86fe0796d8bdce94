import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** What the signature covers, as the ACS client sends it. */
export interface SignedRequest {
  readonly method: string;
  /** Path and query exactly as on the wire. */
  readonly pathAndQuery: string;
  readonly host: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly rawBody: string;
}

/** The clock skew ACS tolerates on `x-ms-date`. */
const maxSkewMs = 15 * 60_000;

const header = (headers: SignedRequest['headers'], name: string) => {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Checks the HMAC-SHA256 signature that ACS clients put on requests signed with the resource's
 * access key: `VERB\npath?query\nx-ms-date;host;x-ms-content-sha256`, keyed with the base64 key, plus
 * the body's hash and the date's freshness. Returns why a request is refused, or undefined.
 */
export function checkAcsRequestSignature(request: SignedRequest, accessKey: string, now: Date): string | undefined {
  const match = /^HMAC-SHA256 SignedHeaders=([^&]+)&Signature=(.+)$/.exec(
    header(request.headers, 'authorization') ?? '',
  );
  if (!match) return 'the request is not signed with HMAC-SHA256';
  if (match[1] !== 'x-ms-date;host;x-ms-content-sha256')
    return 'the signed headers are not x-ms-date;host;x-ms-content-sha256';
  const date = header(request.headers, 'x-ms-date') ?? '';
  const sentAt = Date.parse(date);
  if (Number.isNaN(sentAt) || Math.abs(now.getTime() - sentAt) > maxSkewMs) return 'x-ms-date is missing or stale';
  const contentHash = header(request.headers, 'x-ms-content-sha256') ?? '';
  if (contentHash !== createHash('sha256').update(request.rawBody).digest('base64')) {
    return 'x-ms-content-sha256 does not match the body';
  }
  const stringToSign = `${request.method.toUpperCase()}\n${request.pathAndQuery}\n${date};${request.host};${contentHash}`;
  const expected = createHmac('sha256', Buffer.from(accessKey, 'base64')).update(stringToSign).digest();
  const given = Buffer.from(match[2] ?? '', 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? undefined
    : 'the signature does not match';
}
