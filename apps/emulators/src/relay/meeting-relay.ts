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
import { relayOrganiserAudience, relayOrganiserMeetingSchema, relayOrganiserRawId } from '@portico/relay-protocol';
import { verifyAcsToken } from '../identity/acs-access-tokens';
import { MeetingRoom } from './meeting-room';

/** Who a join token proves: a guest with an ACS token, or staff with the portal's organiser token. */
export interface RelayIdentity {
  readonly id: string;
  readonly role: 'organiser' | 'guest';
  /** Set for organisers from their token; guests name themselves, as ACS lets clients do. */
  readonly displayName?: string;
  /** The meeting an organiser token is for; guests' ACS tokens are not bound to a meeting. */
  readonly meeting?: RelayMeeting;
  /** When the token runs out; the relay ends the call then unless a renewed token came. */
  readonly expiresAt: Date;
}

/** A meeting as the relay keys it: its canonical join URL, and the chat thread Teams gives it. */
export interface RelayMeeting {
  readonly key: string;
  readonly threadId: string;
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
    readonly now: () => Date = () => new Date(),
  ) {
    this.key = Buffer.from(accessKey, 'base64');
  }

  /** The meeting a locator names, however it was given. */
  meetingFor(locator: MeetingLocator): Result<RelayMeeting, PorticoError> {
    const meeting =
      'meetingLink' in locator
        ? parseTeamsMeetingLink(locator.meetingLink)
        : meetingFromIdAndPasscode(locator.meetingId, locator.passcode);
    if (!meeting.ok) return err(meeting.error);
    if (meeting.value.kind === 'thread') {
      return ok({ key: teamsMeetingJoinUrl(meeting.value), threadId: meeting.value.threadId });
    }
    // By ID and passcode or by short link, it is one meeting, as in Teams. Such meetings learn
    // their chat thread from the call, as ACS clients do.
    const { meetingId } = meeting.value;
    return ok({ key: `https://teams.microsoft.com/meet/${meetingId}`, threadId: `19:meeting_${meetingId}@thread.v2` });
  }

  /** The room for a meeting, made on first use. */
  room(meeting: RelayMeeting): MeetingRoom {
    let room = this.rooms.get(meeting.key);
    if (!room) {
      room = new MeetingRoom(meeting.threadId, this.now);
      this.rooms.set(meeting.key, room);
    }
    return room;
  }

  /** The meeting whose chat holds an image by this id. */
  roomWithChatImage(id: string): MeetingRoom | undefined {
    return [...this.rooms.values()].find((room) => room.hasChatImage(id));
  }

  async identify(token: string): Promise<RelayIdentity | undefined> {
    const organiser = await this.verifyOrganiserToken(token);
    if (organiser) return organiser;
    const guest = await verifyAcsToken(token, this.accessKey, this.now());
    return guest?.scopes.includes('voip') ? { id: guest.userId, role: 'guest', expiresAt: guest.expiresAt } : undefined;
  }

  private async verifyOrganiserToken(token: string): Promise<RelayIdentity | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        audience: relayOrganiserAudience,
        currentDate: this.now(),
      });
      const locator = relayOrganiserMeetingSchema.safeParse(payload['meeting']);
      const meeting = locator.success ? this.meetingFor(locator.data) : undefined;
      if (!payload.sub || typeof payload['name'] !== 'string' || !meeting?.ok || payload.exp === undefined) {
        return undefined;
      }
      return {
        id: relayOrganiserRawId(payload.sub),
        role: 'organiser',
        displayName: payload['name'],
        meeting: meeting.value,
        expiresAt: new Date(payload.exp * 1000),
      };
    } catch {
      return undefined;
    }
  }
}
