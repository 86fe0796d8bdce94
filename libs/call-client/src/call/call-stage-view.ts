import type { MediaPermission, PorticoError, ReactionKind } from '@portico/domain';
import type { DevicesInUse, EffectsState, LobbyGuest, NetworkQuality, VideoView } from './call-driver';
import type { CallSessionState, CaptionsState, ChatState, ChatTypist } from './call-session-state';
import { initials } from './initials';

/** Who a video, a reaction or a list entry belongs to: the person themselves, or someone by name. */
export type Owner = { readonly self: true } | { readonly self: false; readonly name: string };

/** A microphone or camera control: on or off, and why it cannot be turned on when it cannot. */
export interface MediaControl {
  readonly on: boolean;
  /** Set when the control is off and the meeting will not let it on. */
  readonly held?: Exclude<MediaPermission, 'allowed'>;
}

/** One person in the call, as the people list shows them. */
export interface ParticipantRow {
  readonly id: string;
  readonly name: string;
  readonly isSelf: boolean;
  readonly isOrganiser: boolean;
  readonly muted: boolean;
  readonly handRaised: boolean;
}

/** One person's tile: their camera when it is on, otherwise their initials; always their name and state. */
export interface ParticipantTile {
  readonly id: string;
  readonly name: string;
  readonly initials: string;
  readonly isSelf: boolean;
  readonly isOrganiser: boolean;
  readonly muted: boolean;
  readonly speaking: boolean;
  readonly handRaised: boolean;
  readonly camera?: VideoView;
}

/**
 * What fills the stage, Teams-like: nobody else yet; one person big (the other in a two-person call,
 * or whoever is pinned) with the rest in a strip; a gallery of three or more, the latest speakers first;
 * or a shared screen with the people in a strip. The person's own tile is never on the stage: it is
 * the picture-in-picture.
 */
export type StageLayout =
  | { readonly kind: 'alone' }
  | { readonly kind: 'speaker'; readonly main: ParticipantTile; readonly strip: readonly ParticipantTile[] }
  | { readonly kind: 'gallery'; readonly tiles: readonly ParticipantTile[] }
  | {
      readonly kind: 'screen';
      readonly screen: VideoView;
      readonly sharer: Owner;
      readonly strip: readonly ParticipantTile[];
    };

/** How many others a gallery shows at once; the rest are in the people panel. */
export const galleryLimit = 9;

/** What the person chose about the stage; the UI keeps it, the selector applies it. */
export interface StageChoices {
  /** The participant pinned to the stage, if any. */
  readonly pinnedId?: string;
}

/** Everything the call stage shows, as plain values: the UI renders it and calls back, nothing more. */
export interface CallStageView {
  readonly reconnecting: boolean;
  /** The connection's quality; a reconnect shows as its own banner. */
  readonly network: NetworkQuality;
  /** The microphone is on but gives no sound. */
  readonly microphoneFailing: boolean;
  readonly notice?: 'recording' | 'transcribing' | 'recordingAndTranscribing';
  readonly consentRequired: boolean;
  /** Someone muted the person and they may unmute again (a hard mute shows as a held microphone). */
  readonly mutedByOrganiser: boolean;
  readonly refusedAction?: PorticoError;
  readonly microphone: MediaControl;
  readonly camera: MediaControl;
  /** Absent when the meeting does not let the person share. */
  readonly screenShare?: { readonly on: boolean };
  /** Absent when the meeting has no raise hand for the person. */
  readonly hand?: { readonly raised: boolean };
  readonly reactionsAllowed: boolean;
  /** The camera, microphone and speaker the call uses now, for the device settings. */
  readonly devicesInUse: DevicesInUse;
  readonly participants: readonly ParticipantRow[];
  /** Nobody but the person is in the call. */
  readonly alone: boolean;
  readonly lobby: readonly LobbyGuest[];
  readonly layout: StageLayout;
  /** The person's own tile, shown as a picture-in-picture; absent before the call lists them. */
  readonly self?: ParticipantTile;
  /** The person shares their screen: the stage says so rather than mirroring it back at them. */
  readonly sharingOwnScreen: boolean;
  readonly reactions: readonly { readonly id: number; readonly kind: ReactionKind; readonly owner: Owner }[];
  readonly chat: ChatState;
  /** The person rejoined: Teams keeps no chat history for a guest, so earlier messages are not shown. */
  readonly chatHistoryNotKept: boolean;
  /** The background and noise suppression, and what this browser can run. */
  readonly effects: EffectsState;
  /** Who else typed in the chat lately; the chat shows each for a few seconds after their notice. */
  readonly typing: readonly ChatTypist[];
  readonly captions: CaptionsState;
}

/** The call stage's view of a session state: a pure selector, so the stage can be tested alone. */
export function callStageView(state: CallSessionState, choices: StageChoices = {}): CallStageView {
  const { capabilities, local, notices } = state;
  const ownerOf = (participantId: string): Owner => {
    const participant = state.participants.find((p) => p.id === participantId);
    return participantId === 'local' || participant?.isSelf
      ? { self: true }
      : { self: false, name: participant?.displayName ?? '' };
  };
  const notice =
    notices.recording && notices.transcribing
      ? 'recordingAndTranscribing'
      : notices.recording
        ? 'recording'
        : notices.transcribing
          ? 'transcribing'
          : undefined;
  return {
    reconnecting: state.phase === 'reconnecting',
    network: state.health.network,
    microphoneFailing: state.health.microphoneFailing && !local.muted,
    ...(notice ? { notice } : {}),
    consentRequired: notices.consentRequired,
    // Under a hard mute the held microphone says why; "you can unmute" would not be true.
    mutedByOrganiser: notices.mutedByOrganiser && capabilities.microphone === 'allowed',
    ...(state.refusedAction ? { refusedAction: state.refusedAction } : {}),
    microphone: mediaControl(!local.muted, capabilities.microphone),
    camera: mediaControl(local.cameraOn, capabilities.camera),
    ...(capabilities.shareScreen ? { screenShare: { on: local.sharingScreen } } : {}),
    ...(capabilities.raiseHand ? { hand: { raised: local.handRaised } } : {}),
    reactionsAllowed: capabilities.reactions,
    devicesInUse: local.devices,
    participants: state.participants.map((p) => ({
      id: p.id,
      name: p.displayName,
      isSelf: p.isSelf,
      isOrganiser: p.isOrganiser,
      muted: p.muted,
      handRaised: p.handRaised,
    })),
    alone: state.participants.every((p) => p.isSelf),
    lobby: state.lobby,
    ...stage(state, choices, ownerOf),
    reactions: state.reactions.map((r) => {
      const owner = ownerOf(r.participantId);
      return { id: r.id, kind: r.kind, owner: owner.self || owner.name ? owner : { self: false, name: r.senderName } };
    }),
    chat: state.chat,
    chatHistoryNotKept: state.timesInCall > 1,
    typing: state.typing,
    effects: state.effects,
    captions: state.captions,
  };
}

function mediaControl(on: boolean, permission: MediaPermission): MediaControl {
  return on || permission === 'allowed' ? { on } : { on, held: permission };
}

function stage(
  state: CallSessionState,
  choices: StageChoices,
  ownerOf: (participantId: string) => Owner,
): Pick<CallStageView, 'layout' | 'self' | 'sharingOwnScreen'> {
  const cameraOf = (participantId: string, isSelf: boolean) =>
    state.videos.find(
      (v) => v.kind === 'camera' && (v.participantId === participantId || (isSelf && v.participantId === 'local')),
    );
  const tileOf = (p: CallSessionState['participants'][number]): ParticipantTile => {
    const camera = cameraOf(p.id, p.isSelf);
    return {
      id: p.id,
      name: p.displayName,
      initials: initials(p.displayName),
      isSelf: p.isSelf,
      isOrganiser: p.isOrganiser,
      muted: p.muted,
      speaking: p.speaking,
      handRaised: p.handRaised,
      ...(camera ? { camera } : {}),
    };
  };
  const selfEntry = state.participants.find((p) => p.isSelf);
  // Latest speakers first, then in the order people joined: who talks comes into view.
  const speakerRank = (id: string) => {
    const rank = state.dominantSpeakers.indexOf(id);
    return rank === -1 ? state.dominantSpeakers.length : rank;
  };
  const others = state.participants
    .filter((p) => !p.isSelf)
    .map((p, joinOrder) => ({ tile: tileOf(p), joinOrder }))
    .sort((a, b) => speakerRank(a.tile.id) - speakerRank(b.tile.id) || a.joinOrder - b.joinOrder)
    .map(({ tile }) => tile);
  const remoteScreen = state.videos.find((v) => v.kind === 'screen' && v.participantId !== 'local');
  const pinned = others.find((tile) => tile.id === choices.pinnedId);
  const layout: StageLayout = remoteScreen
    ? { kind: 'screen', screen: remoteScreen, sharer: ownerOf(remoteScreen.participantId), strip: others }
    : pinned
      ? { kind: 'speaker', main: pinned, strip: others.filter((tile) => tile !== pinned) }
      : others.length === 0
        ? { kind: 'alone' }
        : others.length === 1 && others[0]
          ? { kind: 'speaker', main: others[0], strip: [] }
          : { kind: 'gallery', tiles: others.slice(0, galleryLimit) };
  return {
    layout,
    ...(selfEntry ? { self: tileOf(selfEntry) } : {}),
    sharingOwnScreen: state.local.sharingScreen,
  };
}
