import type { AcsMeetingLocator, CallCapabilities, PorticoError, ReactionKind } from '@portico/domain';

/** The meeting a driver joins, as the ACS calling SDK takes it. */
export type CallLocator = AcsMeetingLocator;

/** Devices the person chose on the device check; absent means the browser's default. */
export interface DeviceChoice {
  readonly cameraId?: string;
  readonly microphoneId?: string;
  readonly speakerId?: string;
  readonly cameraOn: boolean;
  readonly muted: boolean;
}

/** What a driver needs to join: the ticket's token and meeting, the name, the devices. */
export interface JoinRequest {
  readonly token: string;
  /** The person's own ACS identity (raw id), from the join ticket. */
  readonly selfId: string;
  readonly displayName: string;
  readonly locator: CallLocator;
  readonly chatThreadId?: string;
  /** The ACS resource the token is for (ACS only); its chat client connects there. */
  readonly acsEndpoint?: string;
  /** Fetches a fresh token through the portal, which re-checks the appointment. */
  readonly refreshToken: () => Promise<string>;
  readonly devices: DeviceChoice;
}

export interface CallParticipant {
  readonly id: string;
  readonly displayName: string;
  readonly isOrganiser: boolean;
  readonly muted: boolean;
  readonly handRaised: boolean;
  /** The person themselves: Teams lists you among the people in the call, and so does Portico. */
  readonly isSelf: boolean;
}

export interface LobbyGuest {
  readonly id: string;
  readonly displayName: string;
}

/** A video the UI can show: the driver renders it into a container the UI gives it. */
export interface VideoView {
  readonly id: string;
  /** `local` for the person's own camera or screen. */
  readonly participantId: string;
  readonly kind: 'camera' | 'screen';
  /** Renders the video into `container`; the returned function removes it again. */
  attach(container: HTMLElement): () => void;
}

export interface ChatMessage {
  readonly id: string;
  readonly senderId: string;
  readonly senderName: string;
  /** Plain text from guests; HTML from Teams users, which the UI sanitises before showing it. */
  readonly format: 'text' | 'html';
  readonly text: string;
  readonly sentAt: string;
  readonly own: boolean;
}

/** How a call ended, as the driver learnt it. */
export type CallEnd =
  | { readonly reason: 'left' }
  | { readonly reason: 'removed' | 'not-admitted' | 'meeting-ended' }
  | { readonly reason: 'refused' | 'failed'; readonly error: PorticoError };

/** What a driver reports; the session model turns these into the state the UI renders. */
export type DriverEvent =
  | { readonly type: 'in-lobby' }
  | { readonly type: 'connected' }
  | { readonly type: 'reconnecting' }
  | { readonly type: 'ended'; readonly end: CallEnd }
  | { readonly type: 'participants'; readonly participants: readonly CallParticipant[] }
  | { readonly type: 'lobby'; readonly waiting: readonly LobbyGuest[] }
  | { readonly type: 'videos'; readonly videos: readonly VideoView[] }
  | { readonly type: 'capabilities'; readonly capabilities: CallCapabilities }
  | {
      readonly type: 'notices';
      readonly recording: boolean;
      readonly transcribing: boolean;
      /** The meeting holds the person's microphone, camera and screen until they agree to being recorded. */
      readonly consentRequired: boolean;
    }
  | { readonly type: 'muted-by-organiser' }
  | { readonly type: 'chat-message'; readonly message: ChatMessage }
  | { readonly type: 'chat-unavailable' }
  | { readonly type: 'reaction'; readonly participantId: string; readonly kind: ReactionKind }
  | {
      readonly type: 'local-media';
      readonly muted: boolean;
      readonly cameraOn: boolean;
      readonly sharingScreen: boolean;
      readonly handRaised: boolean;
    };

/** One joined call, as the UI acts on it. Every method is safe to call in any phase. */
export interface CallConnection {
  setMuted(muted: boolean): Promise<void>;
  setCameraOn(on: boolean): Promise<void>;
  startScreenShare(): Promise<void>;
  stopScreenShare(): Promise<void>;
  sendChat(text: string): Promise<void>;
  setHandRaised(raised: boolean): Promise<void>;
  react(kind: ReactionKind): Promise<void>;
  /** Agrees to the meeting's recording or transcription, when it asks for explicit consent. */
  grantConsent(): Promise<void>;
  /** Organisers only (local mode): let a waiting guest in. */
  admit(participantId: string): Promise<void>;
  leave(): Promise<void>;
}

/**
 * A way to join a Teams meeting from the browser: the ACS driver, over the real SDKs in Azure and over
 * their emulation locally. `join` resolves once joining has started; everything after arrives as events.
 * It rejects with a `PorticoError` when the join is refused outright.
 */
export interface CallDriver {
  join(request: JoinRequest, emit: (event: DriverEvent) => void): Promise<CallConnection>;
}
