import type { AcsMeetingLocator, CallCapabilities, PorticoError, ReactionKind } from '@portico/domain';

/** The meeting a driver joins, as the ACS calling SDK takes it. */
export type CallLocator = AcsMeetingLocator;

/** A camera, microphone or speaker, by the id the driver's SDK gives it. */
export interface MediaDeviceOption {
  readonly id: string;
  /** The name the browser gives it; empty before the person allows access. */
  readonly label: string;
}

export interface AvailableDevices {
  readonly cameras: readonly MediaDeviceOption[];
  readonly microphones: readonly MediaDeviceOption[];
  readonly speakers: readonly MediaDeviceOption[];
  /** False where the browser plays sound only on the system's speaker (Safari, Firefox on a phone). */
  readonly speakerSelectable: boolean;
}

/** What the browser let the page use: both or either device, nothing (refused), or no device at all. */
export type DeviceAccess = 'granted' | 'denied' | 'no-device';

/**
 * The person's devices as the driver's SDK sees them, for the device check and for switching during a
 * call. The ids are the SDK's own, so the choice made before the call is the one the call uses.
 */
export interface CallDevices {
  /** Asks the browser for the camera and microphone (the prompt, the first time). */
  requestAccess(): Promise<DeviceAccess>;
  list(): Promise<AvailableDevices>;
  /** Calls `listener` when a device is plugged in or removed; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  /** The camera as the call will send it (absent: the first camera), mirrored, for a preview. */
  previewCamera(cameraId: string | undefined): VideoView;
  /** Reports the microphone's level, 0–100, as the call hears it; returns the stop. */
  watchMicrophoneLevel(microphoneId: string | undefined, onLevel: (level: number) => void): () => void;
  /** Plays a short chime on the speaker (absent: the default one). */
  playTestSound(speakerId: string | undefined): Promise<void>;
}

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
  /** Talking now, as the SDK hears it (never set for the person themselves). */
  readonly speaking: boolean;
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
  /** Images a Teams user put in the message; each `<img>` in `text` with its `id` shows one. */
  readonly images: readonly ChatImage[];
}

/**
 * An image in a Teams user's message. The chat service serves it only with the reader's token, so
 * it is fetched after the message arrives: loading, then shown from an object URL or failed.
 */
export type ChatImage = { readonly id: string; readonly name: string | undefined } & (
  { readonly status: 'loading' | 'failed' } | { readonly status: 'shown'; readonly url: string }
);

/** The connection's quality as the SDK's diagnostics judge it: the worse of sending and receiving. */
export type NetworkQuality = 'good' | 'poor' | 'bad';

/** What is behind the person on camera: as it is, blurred, or one of the portal's images. */
export type BackgroundChoice =
  { readonly kind: 'none' } | { readonly kind: 'blur' } | { readonly kind: 'image'; readonly url: string };

/** The camera and microphone effects, and whether this browser and device can run them. */
export interface EffectsState {
  readonly background: BackgroundChoice;
  readonly noiseSuppression: boolean;
  readonly supported: { readonly background: boolean; readonly noiseSuppression: boolean };
}

/** How a call ended, as the driver learnt it. */
export type CallEnd =
  | { readonly reason: 'left' }
  /** The person left because they joined the same call from another window. */
  | { readonly reason: 'joined-elsewhere' }
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
  /** Who spoke most recently first, as the SDK's dominant-speaker feature ranks them. */
  | { readonly type: 'dominant-speakers'; readonly participantIds: readonly string[] }
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
  | { readonly type: 'network-quality'; readonly quality: NetworkQuality }
  | { readonly type: 'effects'; readonly effects: EffectsState }
  /** The microphone is on but gives no sound (the SDK's `microphoneNotFunctioning`), or works again. */
  | { readonly type: 'microphone-failing'; readonly failing: boolean }
  | { readonly type: 'chat-message'; readonly message: ChatMessage }
  /** One of a message's images loaded, or failed to. */
  | { readonly type: 'chat-image'; readonly messageId: string; readonly image: ChatImage }
  | { readonly type: 'chat-unavailable' }
  /** Someone else is typing in the chat, as the chat service said at `at` (an ISO instant). */
  | { readonly type: 'chat-typing'; readonly participantId: string; readonly name: string; readonly at: string }
  | { readonly type: 'reaction'; readonly participantId: string; readonly kind: ReactionKind }
  /** Whether the meeting's live captions are on for the person, in which spoken language. */
  | {
      readonly type: 'captions';
      readonly active: boolean;
      readonly spokenLanguage: string;
      readonly spokenLanguages: readonly string[];
      /** The language captions are shown in; another than the spoken one is a translation. */
      readonly captionLanguage: string;
      /** Languages captions can be translated into: none unless the meeting allows it (Teams Premium). */
      readonly captionLanguages: readonly string[];
    }
  /** A phrase as the captions service transcribed it; a partial one is replaced by what follows. */
  | {
      readonly type: 'caption';
      readonly speakerId: string;
      readonly speakerName: string;
      readonly text: string;
      readonly final: boolean;
    }
  | {
      readonly type: 'local-media';
      readonly muted: boolean;
      readonly cameraOn: boolean;
      readonly sharingScreen: boolean;
      readonly handRaised: boolean;
      /** The devices the call uses now, by the SDK's ids; absent while the browser's default is used. */
      readonly devices: DevicesInUse;
    };

export interface DevicesInUse {
  readonly cameraId?: string;
  readonly microphoneId?: string;
  readonly speakerId?: string;
}

/** One joined call, as the UI acts on it. Every method is safe to call in any phase. */
export interface CallConnection {
  setMuted(muted: boolean): Promise<void>;
  setCameraOn(on: boolean): Promise<void>;
  startScreenShare(): Promise<void>;
  stopScreenShare(): Promise<void>;
  sendChat(text: string): Promise<void>;
  /** Tells the others the person is typing in the chat; nothing happens while the chat is not open. */
  sendTyping(): Promise<void>;
  /** Switches the device without leaving the call; ids come from `CallDevices.list()`. */
  switchCamera(cameraId: string): Promise<void>;
  switchMicrophone(microphoneId: string): Promise<void>;
  switchSpeaker(speakerId: string): Promise<void>;
  setHandRaised(raised: boolean): Promise<void>;
  /** Turns the meeting's live captions on (in a spoken language, BCP 47 such as `nl-nl`) or off. */
  setCaptions(on: boolean, spokenLanguage?: string): Promise<void>;
  setSpokenLanguage(language: string): Promise<void>;
  /** Blurs or replaces what is behind the person, or shows it as it is again. */
  setBackground(background: BackgroundChoice): Promise<void>;
  setNoiseSuppression(on: boolean): Promise<void>;
  /** Shows captions translated into `language`, one the meeting offers. */
  setCaptionLanguage(language: string): Promise<void>;
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
/** Whether the SDK supports calls in this browser, and if not, what to change. */
export interface BrowserSupport {
  readonly supported: boolean;
  /** What is not supported: the system, the browser, or this version of it. */
  readonly problem?: 'platform' | 'browser' | 'version';
  /** The browser as the SDK names it, e.g. `Chrome`. */
  readonly browser: string;
}

export interface CallDriver {
  readonly devices: CallDevices;
  /** Asks the SDK whether it supports this environment; an SDK that cannot tell says supported. */
  browserSupport(): Promise<BrowserSupport>;
  join(request: JoinRequest, emit: (event: DriverEvent) => void): Promise<CallConnection>;
}
