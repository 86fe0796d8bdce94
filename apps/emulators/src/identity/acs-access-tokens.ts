import { SignJWT, jwtVerify } from 'jose';

/** The resource id the emulator's ACS users belong to, as in `8:acs:{resource}_{guid}`. */
export const emulatorResourceId = '00000000-0000-0000-0000-00000000ac50';

/** What an emulated ACS token says: the user and the scopes, as in a real token's payload. */
export interface AcsTokenClaims {
  readonly userId: string;
  readonly scopes: readonly string[];
  readonly expiresAt: Date;
}

const keyBytes = (accessKey: string) => Buffer.from(accessKey, 'base64');

/**
 * A JWT shaped like an ACS access token (`skypeid`, `acsScope`, `resourceId`, `exp`): the SDKs read
 * its `exp` to know when to renew. Signed with the resource's access key so the meeting relay can
 * tell a token this emulator issued from one made up.
 */
export async function issueAcsToken(claims: AcsTokenClaims, accessKey: string, now: Date): Promise<string> {
  return new SignJWT({
    skypeid: claims.userId.replace(/^8:/, ''),
    acsScope: claims.scopes.join(','),
    resourceId: emulatorResourceId,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(claims.expiresAt.getTime() / 1000))
    .sign(keyBytes(accessKey));
}

/** The claims of a token this emulator issued, or undefined when it is forged, malformed or expired. */
export async function verifyAcsToken(token: string, accessKey: string, now: Date): Promise<AcsTokenClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, keyBytes(accessKey), {
      algorithms: ['HS256'],
      currentDate: now,
    });
    if (
      typeof payload['skypeid'] !== 'string' ||
      typeof payload['acsScope'] !== 'string' ||
      payload.exp === undefined
    ) {
      return undefined;
    }
    return {
      userId: `8:${payload['skypeid']}`,
      scopes: payload['acsScope'].split(','),
      expiresAt: new Date(payload.exp * 1000),
    };
  } catch {
    return undefined;
  }
}
