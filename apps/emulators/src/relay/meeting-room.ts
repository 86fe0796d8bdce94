import { randomUUID } from 'node:crypto';
import { noCapabilities, type CallCapabilities, type ReactionKind } from '@portico/domain';
import type {
  RelayChatMessage,
  RelayEndReason,
  RelayLobbyEntry,
  RelayParticipant,
  RelayServerMessage,
  RelaySignal,
} from '@portico/relay-protocol';

/** One participant's connection, as the room sees it. */
export interface RoomMember {
  readonly id: string;
  readonly displayName: string;
  readonly role: 'organiser' | 'guest';
  send(message: RelayServerMessage): void;
  close(): void;
}

/** What the meeting lets guests do, and what it tells them; tests and demos change these. */
export interface RoomSettings {
  guestCapabilities: Omit<CallCapabilities, 'chat'>;
  chatAvailable: boolean;
  notices: { recording: boolean; transcribing: boolean };
}

interface Seat {
  readonly member: RoomMember;
  admitted: boolean;
  readonly waitingSince: string;
  muted: boolean;
  cameraOn: boolean;
  handRaised: boolean;
  screenStreamId?: string;
}

/**
 * One Teams meeting as the relay plays it: guests wait in the lobby until an organiser admits them;
 * only admitted participants exchange media signalling, chat and reactions, and they do only what
 * the meeting's capabilities allow.
 */
export class MeetingRoom {
  private readonly seats = new Map<string, Seat>();
  readonly settings: RoomSettings = {
    guestCapabilities: { shareScreen: true, raiseHand: true, reactions: true },
    chatAvailable: true,
    notices: { recording: false, transcribing: false },
  };

  constructor(private readonly now: () => Date) {}

  get isEmpty(): boolean {
    return this.seats.size === 0;
  }

  enter(member: RoomMember, organiserName: string | undefined): void {
    // A rejoin with the same identity replaces the old connection, as Teams does.
    const previous = this.seats.get(member.id);
    if (previous) {
      this.seats.delete(member.id);
      previous.member.close();
    }
    const admitted = member.role === 'organiser';
    this.seats.set(member.id, {
      member,
      admitted,
      waitingSince: this.now().toISOString(),
      muted: false,
      cameraOn: true,
      handRaised: false,
    });
    member.send({
      type: 'joined',
      selfId: member.id,
      role: member.role,
      admitted,
      ...(organiserName === undefined ? {} : { organiserName }),
    });
    if (admitted) this.welcome(member);
    this.broadcastRoster();
  }

  leave(memberId: string, member?: RoomMember): void {
    const seat = this.seats.get(memberId);
    // A replaced connection closing late must not remove its successor.
    if (!seat || (member && seat.member !== member)) return;
    this.seats.delete(memberId);
    this.broadcastRoster();
  }

  /** Admits a waiting guest; false if nobody with that id is waiting. */
  admit(participantId: string): boolean {
    const seat = this.seats.get(participantId);
    if (!seat || seat.admitted) return false;
    seat.admitted = true;
    seat.member.send({ type: 'admitted' });
    this.welcome(seat.member);
    this.broadcastRoster();
    return true;
  }

  /** Ends one participant's call: turned away from the lobby, or removed from the meeting. */
  dismiss(participantId: string, reason: Extract<RelayEndReason, 'removed' | 'not-admitted'>): boolean {
    const seat = this.seats.get(participantId);
    if (!seat || (reason === 'not-admitted') === seat.admitted) return false;
    this.seats.delete(participantId);
    seat.member.send({ type: 'ended', reason });
    seat.member.close();
    this.broadcastRoster();
    return true;
  }

  /** Ends the meeting for everyone. */
  end(): void {
    for (const seat of this.seats.values()) {
      seat.member.send({ type: 'ended', reason: 'meeting-ended' });
      seat.member.close();
    }
    this.seats.clear();
  }

  signal(fromId: string, toId: string, signal: RelaySignal): void {
    const from = this.seats.get(fromId);
    const to = this.seats.get(toId);
    if (from?.admitted && to?.admitted) to.member.send({ type: 'signal', from: fromId, signal });
  }

  chat(fromId: string, text: string): void {
    const from = this.seats.get(fromId);
    if (!from?.admitted) return;
    if (!this.settings.chatAvailable) {
      from.member.send({ type: 'chat-unavailable' });
      return;
    }
    const message: RelayChatMessage = {
      id: randomUUID(),
      senderId: fromId,
      senderName: from.member.displayName,
      text,
      sentAt: this.now().toISOString(),
    };
    for (const seat of this.admittedSeats()) seat.member.send({ type: 'chat', message });
  }

  updateMedia(
    memberId: string,
    media: { muted: boolean; cameraOn: boolean; screenStreamId?: string | undefined },
  ): void {
    const seat = this.seats.get(memberId);
    if (!seat) return;
    seat.muted = media.muted;
    seat.cameraOn = media.cameraOn;
    const sharing = media.screenStreamId !== undefined && this.capabilitiesOf(seat).shareScreen;
    if (sharing) seat.screenStreamId = media.screenStreamId;
    else delete seat.screenStreamId;
    this.broadcastRoster();
  }

  raiseHand(memberId: string, raised: boolean): void {
    const seat = this.seats.get(memberId);
    if (!seat?.admitted || !this.capabilitiesOf(seat).raiseHand) return;
    seat.handRaised = raised;
    this.broadcastRoster();
  }

  react(memberId: string, kind: ReactionKind): void {
    const seat = this.seats.get(memberId);
    if (!seat?.admitted || !this.capabilitiesOf(seat).reactions) return;
    for (const other of this.admittedSeats()) other.member.send({ type: 'reaction', from: memberId, kind });
  }

  /** Applies changed settings to everyone in the call at once. */
  announceSettings(): void {
    for (const seat of this.admittedSeats()) {
      seat.member.send({ type: 'capabilities', capabilities: this.capabilitiesOf(seat) });
      seat.member.send({ type: 'notices', notices: { ...this.settings.notices } });
    }
  }

  lobby(): RelayLobbyEntry[] {
    return [...this.seats.values()]
      .filter((seat) => !seat.admitted)
      .map((seat) => ({ id: seat.member.id, displayName: seat.member.displayName, waitingSince: seat.waitingSince }));
  }

  participants(): RelayParticipant[] {
    return this.admittedSeats().map((seat) => ({
      id: seat.member.id,
      displayName: seat.member.displayName,
      role: seat.member.role,
      muted: seat.muted,
      cameraOn: seat.cameraOn,
      handRaised: seat.handRaised,
      ...(seat.screenStreamId === undefined ? {} : { screenStreamId: seat.screenStreamId }),
    }));
  }

  private welcome(member: RoomMember): void {
    const seat = this.seats.get(member.id);
    if (!seat) return;
    member.send({ type: 'capabilities', capabilities: this.capabilitiesOf(seat) });
    member.send({ type: 'notices', notices: { ...this.settings.notices } });
  }

  private capabilitiesOf(seat: Seat): CallCapabilities {
    if (!seat.admitted) return noCapabilities;
    const chat = this.settings.chatAvailable;
    if (seat.member.role === 'organiser') return { shareScreen: true, raiseHand: true, reactions: true, chat };
    return { ...this.settings.guestCapabilities, chat };
  }

  private admittedSeats(): Seat[] {
    return [...this.seats.values()].filter((seat) => seat.admitted);
  }

  private broadcastRoster(): void {
    const participants = this.participants();
    const lobby = this.lobby();
    for (const seat of this.seats.values()) {
      // Only organisers see the lobby; a waiting guest sees nobody until admitted.
      if (!seat.admitted) continue;
      seat.member.send({ type: 'roster', participants, lobby: seat.member.role === 'organiser' ? lobby : [] });
    }
  }
}
