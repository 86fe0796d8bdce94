import { randomUUID } from 'node:crypto';
import type { ReactionKind } from '@portico/domain';
import {
  teamsCallEnds,
  type RelayCapabilities,
  type RelayChatMessage,
  type RelayLobbyEntry,
  type RelayNotices,
  type RelayParticipant,
  type RelayServerMessage,
  type RelaySignal,
  type TeamsCallEnd,
} from '@portico/relay-protocol';

/** One participant's connection, as the room sees it. */
export interface RoomMember {
  readonly id: string;
  readonly displayName: string;
  readonly role: 'organiser' | 'guest';
  send(message: RelayServerMessage): void;
  close(): void;
}

/**
 * How the meeting behaves, as Teams meeting options and the organiser's actions would make it; the
 * switches tests and the staff console (local mode) flip.
 */
export interface RoomSettings {
  guestCapabilities: { shareScreen: boolean; raiseHand: boolean; reactions: boolean };
  /** Whether guests may unmute and turn their camera on (false: the organiser's "hard mute"). */
  guestMedia: { microphone: boolean; camera: boolean };
  /** The chat service serves guests; false answers their chat with 403, as ACS guests have met. */
  chatAvailable: boolean;
  notices: { recording: boolean; transcribing: boolean };
  /** Recording and transcription need each guest's explicit consent before they talk or show. */
  explicitConsent: boolean;
  /** The meeting names its chat thread only a while after the call connects. */
  lateThreadId: boolean;
  /** The organiser's tenant does not let anonymous users join. */
  anonymousJoinBlocked: boolean;
  /** The meeting translates captions (Teams Premium): guests may read them in another language. */
  captionTranslation: boolean;
  /** The passcode a join by meeting ID must give; unset, any passcode joins. */
  passcode?: string;
}

/** An image a Teams user put in a chat message, kept for as long as the meeting. */
export interface ChatImage {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

interface Seat {
  readonly member: RoomMember;
  admitted: boolean;
  readonly waitingSince: string;
  muted: boolean;
  cameraOn: boolean;
  handRaised: boolean;
  consented: boolean;
  mediaStreamId?: string;
  screenStreamId?: string;
}

/** A meeting as Teams makes one by default: guests may do everything, nothing recorded. */
const defaultRoomSettings = (): RoomSettings => ({
  guestCapabilities: { shareScreen: true, raiseHand: true, reactions: true },
  guestMedia: { microphone: true, camera: true },
  chatAvailable: true,
  notices: { recording: false, transcribing: false },
  explicitConsent: false,
  lateThreadId: false,
  anonymousJoinBlocked: false,
  captionTranslation: false,
});

const capable = { isPresent: true, reason: 'Capable' } as const;
const refused = (reason: string) => ({ isPresent: false, reason });
/** How long the relay holds back a late thread id, like a meeting still setting up its chat. */
const lateThreadIdMs = 1_500;

/**
 * One Teams meeting as the relay plays it: guests wait in the lobby until an organiser admits them;
 * only admitted participants exchange media signalling, chat and reactions, and they do only what
 * the meeting's capabilities allow. What it reports, it reports in ACS's shapes and codes.
 */
export class MeetingRoom {
  private readonly seats = new Map<string, Seat>();
  private readonly chatImages = new Map<string, ChatImage>();
  settings: RoomSettings = defaultRoomSettings();

  constructor(
    private readonly threadId: string | undefined,
    private readonly now: () => Date,
  ) {}

  get isEmpty(): boolean {
    return this.seats.size === 0;
  }

  enter(member: RoomMember): void {
    if (member.role === 'guest' && this.settings.anonymousJoinBlocked) {
      member.send({ type: 'ended', ...teamsCallEnds.anonymousJoinBlocked });
      member.close();
      return;
    }
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
      consented: false,
    });
    member.send({ type: 'joined', selfId: member.id, role: member.role, admitted });
    if (admitted) this.welcome(member.id);
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
    this.welcome(participantId);
    this.broadcastRoster();
    return true;
  }

  /** Ends one participant's call: turned away from the lobby, or removed from the meeting. */
  dismiss(participantId: string, end: Extract<TeamsCallEnd, 'removedByOrganiser' | 'deniedFromLobby'>): boolean {
    const seat = this.seats.get(participantId);
    if (!seat || (end === 'deniedFromLobby') === seat.admitted) return false;
    this.endFor(seat, end);
    this.broadcastRoster();
    return true;
  }

  /** Ends the meeting for everyone. */
  end(): void {
    for (const seat of [...this.seats.values()]) this.endFor(seat, 'endedForEveryone');
  }

  /** Ends one participant's call because their token ran out: the agent loses its connection. */
  expireToken(participantId: string): void {
    const seat = this.seats.get(participantId);
    if (!seat) return;
    seat.member.send({ type: 'token-invalid' });
    this.endFor(seat, 'tokenRefused');
    this.broadcastRoster();
  }

  /** Lets every guest's token run out at once, to show what a guest sees when renewal fails. */
  expireGuestTokens(): void {
    for (const seat of [...this.seats.values()]) if (seat.member.role === 'guest') this.expireToken(seat.member.id);
  }

  signal(fromId: string, toId: string, signal: RelaySignal): void {
    const from = this.seats.get(fromId);
    const to = this.seats.get(toId);
    if (from?.admitted && to?.admitted) to.member.send({ type: 'signal', from: fromId, signal });
  }

  chat(fromId: string, text: string): void {
    const from = this.seats.get(fromId);
    if (!from?.admitted) return;
    if (!this.settings.chatAvailable && from.member.role === 'guest') {
      from.member.send({ type: 'chat-refused', status: 403 });
      return;
    }
    // Teams users' messages reach ACS as HTML; guests send plain text.
    this.post(from, text, from.member.role === 'organiser' ? 'html' : 'text');
  }

  /** Tells the others in the call that someone types; a guest the chat refuses types to nobody. */
  typing(fromId: string): void {
    const from = this.seats.get(fromId);
    if (!from?.admitted || (!this.settings.chatAvailable && from.member.role === 'guest')) return;
    for (const seat of this.admittedSeats())
      if (seat !== from)
        seat.member.send({ type: 'typing', senderId: from.member.id, senderName: from.member.displayName });
  }

  /**
   * A message from the organiser as Teams sends it (HTML), for tests and the staff console. Images
   * go where Teams puts pasted ones: each an `<img>` after the text whose `id` names its attachment,
   * with no address of its own; the reader fetches `previewUrl(id)` with their token.
   */
  postAsOrganiser(
    html: string,
    images: readonly ChatImage[] = [],
    previewUrl: (id: string) => string = (id) => id,
  ): boolean {
    const organiser = this.admittedSeats().find((seat) => seat.member.role === 'organiser');
    if (!organiser) return false;
    const attachments = images.map((image) => {
      const id = randomUUID();
      this.chatImages.set(id, image);
      return { id, attachmentType: 'image' as const, name: image.name, previewUrl: previewUrl(id) };
    });
    const imageTags = attachments.map(({ id }) => `<p><img src="" id="${id}" itemscope="png"></p>`).join('');
    this.post(organiser, html + imageTags, 'html', attachments);
    return true;
  }

  /** A chat image of this meeting, for whoever is in the call now (the chat thread's members). */
  chatImage(id: string, readerId: string): ChatImage | 'not-found' | 'not-a-member' {
    const image = this.chatImages.get(id);
    if (!image) return 'not-found';
    return this.seats.get(readerId)?.admitted ? image : 'not-a-member';
  }

  /** Whether the meeting's chat holds an image by this id. */
  hasChatImage(id: string): boolean {
    return this.chatImages.has(id);
  }

  updateMedia(
    memberId: string,
    media: {
      muted: boolean;
      cameraOn: boolean;
      mediaStreamId?: string | undefined;
      screenStreamId?: string | undefined;
    },
  ): void {
    const seat = this.seats.get(memberId);
    if (!seat) return;
    const capabilities = this.capabilitiesOf(seat);
    // What the meeting refuses stays off, whatever a client claims.
    seat.muted = media.muted || capabilities.unmuteMic?.isPresent === false;
    seat.cameraOn = media.cameraOn && capabilities.turnVideoOn?.isPresent !== false;
    if (media.mediaStreamId === undefined) delete seat.mediaStreamId;
    else seat.mediaStreamId = media.mediaStreamId;
    const sharing = media.screenStreamId !== undefined && capabilities.shareScreen?.isPresent === true;
    if (sharing) seat.screenStreamId = media.screenStreamId;
    else delete seat.screenStreamId;
    this.broadcastRoster();
  }

  raiseHand(memberId: string, raised: boolean): void {
    const seat = this.seats.get(memberId);
    if (!seat?.admitted || this.capabilitiesOf(seat).raiseHand?.isPresent !== true) return;
    seat.handRaised = raised;
    this.broadcastRoster();
  }

  /** The organiser lowers someone's hand, as Teams lets them. */
  lowerHand(participantId: string): boolean {
    const seat = this.seats.get(participantId);
    if (!seat?.handRaised) return false;
    seat.handRaised = false;
    this.broadcastRoster();
    return true;
  }

  react(memberId: string, kind: ReactionKind): void {
    const seat = this.seats.get(memberId);
    if (!seat?.admitted || this.capabilitiesOf(seat).useReactions?.isPresent !== true) return;
    for (const other of this.admittedSeats()) other.member.send({ type: 'reaction', from: memberId, kind });
  }

  consent(memberId: string): void {
    const seat = this.seats.get(memberId);
    if (!seat?.admitted || seat.consented) return;
    seat.consented = true;
    this.announceTo(seat);
  }

  /** Puts the meeting's settings back as Teams makes them, for the next test. */
  resetSettings(): void {
    this.settings = defaultRoomSettings();
    this.announceSettings();
  }

  /** Applies changed settings to everyone in the call at once, as Teams does with meeting options. */
  announceSettings(): void {
    for (const seat of this.admittedSeats()) {
      const mayUnmute = this.capabilitiesOf(seat).unmuteMic?.isPresent !== false;
      if (!mayUnmute && !seat.muted) {
        seat.muted = true;
        seat.member.send({ type: 'muted-by-others' });
      }
      if (this.capabilitiesOf(seat).turnVideoOn?.isPresent === false) seat.cameraOn = false;
      this.announceTo(seat);
    }
    this.broadcastRoster();
  }

  /** The organiser's "mute all": guests are muted and may unmute again, as Teams lets them. */
  muteGuests(): void {
    for (const seat of this.admittedSeats()) {
      if (seat.member.role !== 'guest' || seat.muted) continue;
      seat.muted = true;
      seat.member.send({ type: 'muted-by-others' });
    }
    this.broadcastRoster();
  }

  /** Drops every guest's realtime chat notifications, as a network change does to the chat service. */
  dropChatNotifications(): void {
    for (const seat of this.admittedSeats()) {
      if (seat.member.role === 'guest') seat.member.send({ type: 'chat-notifications-dropped' });
    }
  }

  /** Tells every guest in the call their network is reconnecting, or has recovered. */
  /** What the organiser says, as Teams' captions service hears it, to everyone in the call. */
  captionOrganiser(text: string, translations?: Readonly<Record<string, string>>): boolean {
    const organiser = this.admittedSeats().find((seat) => seat.member.role === 'organiser');
    if (!organiser) return false;
    const { id, displayName } = organiser.member;
    for (const seat of this.admittedSeats())
      seat.member.send({
        type: 'caption',
        speakerId: id,
        speakerName: displayName,
        text,
        ...(translations ? { translations: { ...translations } } : {}),
      });
    return true;
  }

  networkReconnect(reconnecting: boolean): void {
    for (const guest of this.admittedGuests())
      guest.send({ type: 'diagnostic', diagnostic: 'networkReconnect', value: reconnecting ? 3 : 1 });
  }

  /** The SDK reports the quality of what it sends and of what it receives; a bad network hits both. */
  networkQuality(value: 1 | 2 | 3): void {
    for (const guest of this.admittedGuests()) {
      guest.send({ type: 'diagnostic', diagnostic: 'networkSendQuality', value });
      guest.send({ type: 'diagnostic', diagnostic: 'networkReceiveQuality', value });
    }
  }

  microphoneFails(failing: boolean): void {
    for (const guest of this.admittedGuests())
      guest.send({ type: 'media-diagnostic', diagnostic: 'microphoneNotFunctioning', value: failing });
  }

  private admittedGuests(): RoomMember[] {
    return this.admittedSeats()
      .filter((seat) => seat.member.role === 'guest')
      .map((seat) => seat.member);
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
      ...(seat.mediaStreamId === undefined ? {} : { mediaStreamId: seat.mediaStreamId }),
      ...(seat.screenStreamId === undefined ? {} : { screenStreamId: seat.screenStreamId }),
    }));
  }

  private post(
    from: Seat,
    text: string,
    type: RelayChatMessage['type'],
    attachments: RelayChatMessage['attachments'] = [],
  ): void {
    const message: RelayChatMessage = {
      id: randomUUID(),
      senderId: from.member.id,
      senderName: from.member.displayName,
      type,
      text,
      sentAt: this.now().toISOString(),
      ...(attachments.length > 0 ? { attachments } : {}),
    };
    for (const seat of this.admittedSeats()) seat.member.send({ type: 'chat', message });
  }

  private endFor(seat: Seat, end: TeamsCallEnd): void {
    this.seats.delete(seat.member.id);
    seat.member.send({ type: 'ended', ...teamsCallEnds[end] });
    seat.member.close();
  }

  private welcome(memberId: string): void {
    const seat = this.seats.get(memberId);
    if (!seat) return;
    this.announceTo(seat);
    const threadId = this.threadId;
    if (!threadId) return;
    const name = () => this.seats.get(memberId)?.member.send({ type: 'call-info', threadId });
    if (this.settings.lateThreadId) setTimeout(name, lateThreadIdMs).unref();
    else name();
  }

  private announceTo(seat: Seat): void {
    seat.member.send({ type: 'capabilities', capabilities: this.capabilitiesOf(seat) });
    seat.member.send({ type: 'notices', notices: this.noticesFor(seat) });
  }

  private noticesFor(seat: Seat): RelayNotices {
    const { recording, transcribing } = this.settings.notices;
    return { recording, transcribing, consentRequired: this.needsConsent(seat) };
  }

  private needsConsent(seat: Seat): boolean {
    const { recording, transcribing } = this.settings.notices;
    return this.settings.explicitConsent && (recording || transcribing) && !seat.consented;
  }

  private capabilitiesOf(seat: Seat): RelayCapabilities {
    if (!seat.admitted) return {};
    if (seat.member.role === 'organiser') {
      return {
        unmuteMic: capable,
        turnVideoOn: capable,
        shareScreen: capable,
        raiseHand: capable,
        useReactions: capable,
        setCaptionLanguage: this.captionLanguageCapability(),
      };
    }
    const { guestCapabilities, guestMedia } = this.settings;
    const consent = this.needsConsent(seat) ? refused('ExplicitConsentRequired') : undefined;
    return {
      unmuteMic: consent ?? (guestMedia.microphone ? capable : refused('MeetingRestricted')),
      turnVideoOn: consent ?? (guestMedia.camera ? capable : refused('MeetingRestricted')),
      shareScreen: consent ?? (guestCapabilities.shareScreen ? capable : refused('RoleRestricted')),
      raiseHand: guestCapabilities.raiseHand ? capable : refused('MeetingRestricted'),
      useReactions: guestCapabilities.reactions ? capable : refused('MeetingRestricted'),
      setCaptionLanguage: this.captionLanguageCapability(),
    };
  }

  /** Translated captions come with Teams Premium, for everyone in the meeting or no one. */
  private captionLanguageCapability() {
    return this.settings.captionTranslation ? capable : refused('TeamsPremiumLicenseRestricted');
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
