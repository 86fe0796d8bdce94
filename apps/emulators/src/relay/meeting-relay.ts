import { jwtVerify } from 'jose';
import {
  meetingFromIdAndPasscode,
  parseTeamsMeetingLink,
  teamsMeetingJoinUrl,
  type AcsMeetingLocator,
  type PorticoError,
  type Result,
  err,
  ok,
} from '@portico/domain';
import { relayOrganiserAudience } from '@portico/relay-protocol';
import { verifyAcsToken } from '../identity/acs-access-tokens';
import { MeetingRoom } from './meeting-room';

/** Who a join token proves: a guest with an ACS token, or staff with the portal's organiser token. */
export interface RelayIdentity {
  readonly id: string;
  readonly role: 'organiser' | 'guest';
  /** Set for organisers from their token; guests name themselves, as ACS lets clients do. */
  readonly displayName?: string;
  /** The meeting an organiser token is for; guests' ACS tokens are not bound to a meeting. */
  readonly meetingKey?: string;
}

/** The meeting a client asks for, as the ACS calling SDK names it. */
export type MeetingLocator = AcsMeetingLocator;

/**
 * The meeting relay: rooms keyed by the meeting's canonical join URL, and the checks on who may
 * enter. Guests prove themselves with a token from the ACS identity emulator; staff with a
 * short-lived organiser token the portal signs with the same access key.
 */
export class MeetingRelay {
  private readonly rooms = new Map<string, MeetingRoom>();
  private readonly key: Uint8Array;

  constructor(
    private readonly accessKey: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = Buffer.from(accessKey, 'base64');
  }

  /** The room for a meeting, made on first use. */
  room(meetingKey: string): MeetingRoom {
    let room = this.rooms.get(meetingKey);
    if (!room) {
      room = new MeetingRoom(this.now);
      this.rooms.set(meetingKey, room);
    }
    return room;
  }

  async identify(token: string): Promise<RelayIdentity | undefined> {
    const organiser = await this.verifyOrganiserToken(token);
    if (organiser) return organiser;
    const guest = await verifyAcsToken(token, this.accessKey, this.now());
    return guest?.scopes.includes('voip') ? { id: guest.userId, role: 'guest' } : undefined;
  }

  private async verifyOrganiserToken(token: string): Promise<RelayIdentity | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        audience: relayOrganiserAudience,
        currentDate: this.now(),
      });
      const meeting =
        typeof payload['meeting'] === 'string' ? meetingKeyOf({ meetingLink: payload['meeting'] }) : undefined;
      if (!payload.sub || typeof payload['name'] !== 'string' || !meeting?.ok) return undefined;
      return {
        id: `8:orgid:${payload.sub}`,
        role: 'organiser',
        displayName: payload['name'],
        meetingKey: meeting.value,
      };
    } catch {
      return undefined;
    }
  }
}

/** The canonical join URL of the meeting a locator names: the same meeting, however it was given. */
export function meetingKeyOf(locator: MeetingLocator): Result<string, PorticoError> {
  const meeting =
    'meetingLink' in locator
      ? parseTeamsMeetingLink(locator.meetingLink)
      : meetingFromIdAndPasscode(locator.meetingId, locator.passcode);
  return meeting.ok ? ok(teamsMeetingJoinUrl(meeting.value)) : err(meeting.error);
}
