import 'server-only';
import { SignJWT } from 'jose';
import type { AcsMeetingLocator, AppointmentOrganiser } from '@portico/domain';
import { relayOrganiserAudience } from '@portico/relay-protocol';
import { z } from 'zod';

const lobbySchema = z.object({
  lobby: z.array(z.object({ id: z.string(), displayName: z.string(), waitingSince: z.string() })),
  participants: z.array(z.object({ id: z.string(), displayName: z.string(), role: z.enum(['organiser', 'guest']) })),
});

export type RelayMeetingView = z.infer<typeof lobbySchema>;

/** How long a staff member's organiser token for the relay lasts; the call page mints a new one on reload. */
const organiserTokenLifetime = '1h';

/**
 * The meeting relay as the portal's server sees it in local mode: it signs organiser tokens for
 * staff (in Azure, staff join from Teams instead) and asks the relay who waits in a lobby.
 */
export class LocalMeetingRelay {
  private readonly key: Uint8Array;

  constructor(
    /** The relay's base URL, which browsers connect to as well. */
    readonly url: string,
    key: string,
  ) {
    this.key = Buffer.from(key, 'base64');
  }

  /** A token that makes this staff member the organiser of this one meeting on the relay. */
  organiserToken(staff: AppointmentOrganiser, meeting: AcsMeetingLocator): Promise<string> {
    return new SignJWT({ meeting, name: staff.name })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(staff.id)
      .setAudience(relayOrganiserAudience)
      .setIssuedAt()
      .setExpirationTime(organiserTokenLifetime)
      .sign(this.key);
  }

  /** Who is waiting in the meeting's lobby and who is in the call; undefined if the relay cannot be reached. */
  async meeting(staff: AppointmentOrganiser, meeting: AcsMeetingLocator): Promise<RelayMeetingView | undefined> {
    const response = await this.send('GET', '/relay/meeting', staff, meeting);
    const parsed = lobbySchema.safeParse(await response?.json().catch(() => undefined));
    return response?.ok && parsed.success ? parsed.data : undefined;
  }

  /**
   * Lets a waiting guest in, turns them away, or removes someone from the call, as an organiser does
   * in Teams; false when nobody with that id is there.
   */
  async act(
    staff: AppointmentOrganiser,
    meeting: AcsMeetingLocator,
    action: 'admit' | 'deny' | 'remove',
    participantId: string,
  ): Promise<boolean> {
    const response = await this.send('POST', `/relay/meeting/${action}`, staff, meeting, { participantId });
    return response?.status === 204;
  }

  /** Ends the meeting for everyone in it and in its lobby. */
  async end(staff: AppointmentOrganiser, meeting: AcsMeetingLocator): Promise<boolean> {
    const response = await this.send('POST', '/relay/meeting/end', staff, meeting, {});
    return response?.status === 204;
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    staff: AppointmentOrganiser,
    meeting: AcsMeetingLocator,
    body?: unknown,
  ): Promise<Response | undefined> {
    try {
      return await fetch(`${this.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await this.organiserToken(staff, meeting)}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        cache: 'no-store',
        signal: AbortSignal.timeout(5_000),
      });
    } catch {
      return undefined;
    }
  }
}
