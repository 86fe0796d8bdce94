import type { MediaPermission, PorticoError, ReactionKind } from '@portico/domain';
import type { DevicesInUse, LobbyGuest, VideoView } from './call-driver';
import type { CallSessionState, ChatState } from './call-session-state';

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

/** Everything the call stage shows, as plain values: the UI renders it and calls back, nothing more. */
export interface CallStageView {
  readonly reconnecting: boolean;
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
  readonly screens: readonly { readonly view: VideoView; readonly owner: Owner }[];
  readonly cameras: readonly { readonly view: VideoView; readonly owner: Owner }[];
  readonly reactions: readonly { readonly id: number; readonly kind: ReactionKind; readonly owner: Owner }[];
  readonly chat: ChatState;
}

/** The call stage's view of a session state: a pure selector, so the stage can be tested alone. */
export function callStageView(state: CallSessionState): CallStageView {
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
    screens: state.videos
      .filter((v) => v.kind === 'screen')
      .map((view) => ({ view, owner: ownerOf(view.participantId) })),
    cameras: state.videos
      .filter((v) => v.kind === 'camera')
      .map((view) => ({ view, owner: ownerOf(view.participantId) })),
    reactions: state.reactions.map((r) => ({ id: r.id, kind: r.kind, owner: ownerOf(r.participantId) })),
    chat: state.chat,
  };
}

function mediaControl(on: boolean, permission: MediaPermission): MediaControl {
  return on || permission === 'allowed' ? { on } : { on, held: permission };
}
