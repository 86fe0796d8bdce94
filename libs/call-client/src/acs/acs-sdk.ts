import type * as Calling from '@azure/communication-calling';
import type {
  ChatMessageReceivedEvent,
  SendTypingNotificationOptions,
  TypingIndicatorReceivedEvent,
  SendChatMessageResult,
  SendMessageOptions,
  SendMessageRequest,
} from '@azure/communication-chat';
import type {
  CommunicationIdentifier,
  CommunicationIdentifierKind,
  CommunicationTokenCredential,
} from '@azure/communication-common';

/* eslint-disable @typescript-eslint/unified-signatures -- The SDK declares one overload per event; a merged union signature
   would no longer accept the SDK's own methods, so the overloads stay as the SDK has them. */

/*
 * The part of the ACS calling and chat SDKs that the ACS driver uses, member for member with the
 * SDKs' own types. The real SDK satisfies it (`loadAcsSdk` is type-checked against it) and the local
 * emulation implements it, so an SDK upgrade that changes a member the driver uses fails the type
 * check of both. Overloads are spelled out one per event, as the SDK declares them.
 */

type Changed = Calling.PropertyChangedEvent;
type CollectionUpdated<T> = (args: { added: T[]; removed: T[] }) => void;

export interface RemoteVideoStreamSurface {
  readonly id: number;
  readonly mediaStreamType: Calling.MediaStreamType;
  readonly isAvailable: boolean;
  on(event: 'isAvailableChanged', listener: Changed): void;
  off(event: 'isAvailableChanged', listener: Changed): void;
}

export interface RemoteParticipantSurface {
  readonly identifier: CommunicationIdentifierKind;
  readonly displayName?: string;
  readonly state: Calling.RemoteParticipantState;
  readonly isMuted: boolean;
  readonly isSpeaking: boolean;
  readonly role: Calling.ParticipantRole;
  readonly videoStreams: ReadonlyArray<RemoteVideoStreamSurface>;
  on(event: 'stateChanged', listener: Changed): void;
  on(event: 'isMutedChanged', listener: Changed): void;
  on(event: 'isSpeakingChanged', listener: Changed): void;
  on(event: 'displayNameChanged', listener: Changed): void;
  on(event: 'videoStreamsUpdated', listener: CollectionUpdated<RemoteVideoStreamSurface>): void;
}

/** The SDK's `LocalVideoStream`: a camera (or screen) the call sends, and the UI previews. */
/** The camera stream's video effects: a blurred or replaced background. */
export type VideoEffectsSurface = Pick<Calling.VideoEffectsFeature, 'isSupported' | 'startEffects' | 'stopEffects'>;
/** The microphone stream's audio effects: noise suppression. */
export type AudioEffectsSurface = Pick<Calling.AudioEffectsFeature, 'isSupported' | 'startEffects' | 'stopEffects'>;

/** The effects `@azure/communication-calling-effects` makes, loaded only when a person asks for one. */
export interface EffectsSurface {
  createBackgroundBlur(): Calling.BackgroundBlurEffect;
  createBackgroundReplacement(imageUrl: string): Calling.BackgroundReplacementEffect;
  createDeepNoiseSuppression(): Calling.DeepNoiseSuppressionEffect;
}

export interface LocalVideoStreamSurface {
  readonly source: Calling.VideoDeviceInfo;
  readonly mediaStreamType: Calling.MediaStreamType;
  switchSource(source: Calling.VideoDeviceInfo): Promise<void>;
  feature(factory: AcsFeatures['VideoEffects']): VideoEffectsSurface;
  /** Releases the camera; the driver calls it for a preview's stream, the call disposes its own. */
  dispose(): void;
}

/** The SDK's `Volume`: a microphone's loudness, 0–100, with an event when it changes. */
export type VolumeSurface = Pick<Calling.Volume, 'level' | 'on' | 'off'>;

/** The SDK's `LocalAudioStream`, used only to measure a microphone's level. */
export interface LocalAudioStreamSurface {
  getVolume(): Promise<VolumeSurface>;
  dispose(): void;
}

/** The microphone stream a call sends, with its audio effects. */
export interface CallAudioStreamSurface {
  feature(factory: AcsFeatures['AudioEffects']): AudioEffectsSurface;
}

export interface LobbySurface {
  readonly participants: ReadonlyArray<RemoteParticipantSurface>;
  on(event: 'lobbyParticipantsUpdated', listener: CollectionUpdated<RemoteParticipantSurface>): void;
  admit(participant: CommunicationIdentifier): Promise<void>;
  reject(participant: CommunicationIdentifier): Promise<void>;
}

export interface CallInfoSurface {
  readonly threadId: string | undefined;
  readonly participantId: string;
  onCallInfoChanged(event: 'callInfoChanged', listener: Changed): void;
}

export interface CallSurface {
  readonly state: Calling.CallState;
  readonly callEndReason?: Calling.CallEndReason;
  readonly role: Calling.ParticipantRole;
  readonly isMuted: boolean;
  readonly isScreenSharingOn: boolean;
  readonly localVideoStreams: ReadonlyArray<LocalVideoStreamSurface>;
  readonly localAudioStreams: ReadonlyArray<CallAudioStreamSurface>;
  readonly remoteParticipants: ReadonlyArray<RemoteParticipantSurface>;
  readonly info: CallInfoSurface;
  readonly lobby: LobbySurface;
  feature<TFeature extends Calling.CallFeature>(factory: Calling.CallFeatureFactory<TFeature>): TFeature;
  hangUp(options?: Calling.HangUpOptions): Promise<void>;
  mute(): Promise<void>;
  unmute(): Promise<void>;
  startVideo(stream: LocalVideoStreamSurface): Promise<void>;
  stopVideo(stream: LocalVideoStreamSurface): Promise<void>;
  startScreenSharing(): Promise<void>;
  stopScreenSharing(): Promise<void>;
  on(event: 'stateChanged', listener: Changed): void;
  on(event: 'isMutedChanged', listener: Changed): void;
  on(event: 'isScreenSharingOnChanged', listener: Changed): void;
  on(event: 'remoteParticipantsUpdated', listener: CollectionUpdated<RemoteParticipantSurface>): void;
  on(event: 'localVideoStreamsUpdated', listener: CollectionUpdated<LocalVideoStreamSurface>): void;
  on(event: 'mutedByOthers', listener: Changed): void;
}

export interface JoinOptionsSurface {
  readonly audioOptions?: { muted?: boolean };
  readonly videoOptions?: { localVideoStreams?: LocalVideoStreamSurface[] };
}

export type ConnectionStateChanged = Calling.ConnectionStateChangedEvent;

export interface CallAgentSurface {
  readonly connectionState: Calling.ConnectionState;
  join(locator: Calling.TeamsMeetingLinkLocator, options?: JoinOptionsSurface): CallSurface;
  join(locator: Calling.TeamsMeetingIdLocator, options?: JoinOptionsSurface): CallSurface;
  on(event: 'connectionStateChanged', listener: ConnectionStateChanged): void;
  dispose(): Promise<void>;
}

export interface DeviceManagerSurface {
  readonly isSpeakerSelectionAvailable: boolean;
  readonly selectedMicrophone?: Calling.AudioDeviceInfo;
  readonly selectedSpeaker?: Calling.AudioDeviceInfo;
  getCameras(): Promise<Calling.VideoDeviceInfo[]>;
  getMicrophones(): Promise<Calling.AudioDeviceInfo[]>;
  getSpeakers(): Promise<Calling.AudioDeviceInfo[]>;
  selectMicrophone(device: Calling.AudioDeviceInfo): Promise<void>;
  selectSpeaker(device: Calling.AudioDeviceInfo): Promise<void>;
  askDevicePermission(constraints: Calling.PermissionConstraints): Promise<Calling.DeviceAccess>;
  on(event: 'videoDevicesUpdated', listener: CollectionUpdated<Calling.VideoDeviceInfo>): void;
  on(event: 'audioDevicesUpdated', listener: CollectionUpdated<Calling.AudioDeviceInfo>): void;
  off(event: 'videoDevicesUpdated', listener: CollectionUpdated<Calling.VideoDeviceInfo>): void;
  off(event: 'audioDevicesUpdated', listener: CollectionUpdated<Calling.AudioDeviceInfo>): void;
}

/** The call client's debug info: whether ACS supports this browser, platform and version. */
export type DebugInfoSurface = Pick<Calling.DebugInfoCallClientFeature, 'getEnvironmentInfo'>;

export interface CallClientSurface {
  feature(factory: AcsFeatures['DebugInfo']): DebugInfoSurface;
  createCallAgent(
    credential: CommunicationTokenCredential,
    options?: Calling.CallAgentOptions,
  ): Promise<CallAgentSurface>;
  getDeviceManager(): Promise<DeviceManagerSurface>;
}

export interface VideoStreamRendererSurface {
  createView(options?: Calling.CreateViewOptions): Promise<{ readonly target: HTMLElement; dispose(): void }>;
  dispose(): void;
}

export interface ChatThreadClientSurface {
  sendMessage(request: SendMessageRequest, options?: SendMessageOptions): Promise<SendChatMessageResult>;
  sendTypingNotification(options?: SendTypingNotificationOptions): Promise<boolean>;
}

export interface ChatClientSurface {
  startRealtimeNotifications(): Promise<void>;
  stopRealtimeNotifications(): Promise<void>;
  on(event: 'chatMessageReceived', listener: (event: ChatMessageReceivedEvent) => void): void;
  on(event: 'typingIndicatorReceived', listener: (event: TypingIndicatorReceivedEvent) => void): void;
  on(event: 'realTimeNotificationConnected', listener: () => void): void;
  on(event: 'realTimeNotificationDisconnected', listener: () => void): void;
  getChatThreadClient(threadId: string): ChatThreadClientSurface;
}

/** The call features the driver reads, as the SDK's `Features` names them. */
export type AcsFeatures = Pick<
  typeof Calling.Features,
  | 'Capabilities'
  | 'Captions'
  | 'DebugInfo'
  | 'DominantSpeakers'
  | 'RaiseHand'
  | 'Reaction'
  | 'Recording'
  | 'Transcription'
  | 'UserFacingDiagnostics'
  | 'VideoEffects'
  | 'AudioEffects'
>;

/*
 * The members of each feature the driver uses. The driver keeps every feature in a variable of
 * these types, so it cannot reach past them; the emulation implements exactly these.
 */
export type CapabilitiesSurface = Pick<Calling.CapabilitiesFeature, 'on'> & {
  /** A meeting reports only what applies to it, so the driver reads every capability as optional. */
  readonly capabilities: Partial<Calling.ParticipantCapabilities>;
};
/** The captions feature names its kind; in a Teams meeting it is `TeamsCaptions`. */
export interface CaptionsSurface {
  readonly captions: Pick<Calling.CaptionsCommon, 'kind'>;
}
/** Teams captions: the spoken language the guest chooses, and the phrases as they are transcribed. */
export type TeamsCaptionsSurface = Pick<
  Calling.TeamsCaptions,
  | 'kind'
  | 'isCaptionsFeatureActive'
  | 'activeSpokenLanguage'
  | 'supportedSpokenLanguages'
  | 'activeCaptionLanguage'
  | 'supportedCaptionLanguages'
  | 'setCaptionLanguage'
  | 'startCaptions'
  | 'stopCaptions'
  | 'setSpokenLanguage'
  | 'on'
>;
export type DominantSpeakersSurface = Pick<Calling.DominantSpeakersCallFeature, 'dominantSpeakers' | 'on'>;
export type RaiseHandSurface = Pick<Calling.RaiseHandCallFeature, 'raiseHand' | 'lowerHand' | 'getRaisedHands' | 'on'>;
export type ReactionSurface = Pick<Calling.ReactionCallFeature, 'sendReaction' | 'on'>;
export type RecordingSurface = Pick<
  Calling.RecordingCallFeature,
  'isRecordingActive' | 'isTeamsConsentRequired' | 'grantTeamsConsent' | 'on'
>;
export type TranscriptionSurface = Pick<
  Calling.TranscriptionCallFeature,
  'isTranscriptionActive' | 'isTeamsConsentRequired' | 'grantTeamsConsent' | 'on'
>;
export interface DiagnosticsSurface {
  readonly network: Pick<Calling.NetworkDiagnostics, 'on'>;
  readonly media: Pick<Calling.MediaDiagnostics, 'on'>;
}

/**
 * The ACS SDKs as the driver takes them: the real modules in Azure (`loadAcsSdk`), the emulation over
 * the meeting relay locally. Constructors are functions, so neither side needs the other's classes.
 */
export interface AcsSdk {
  createCallClient(): CallClientSurface;
  createLocalVideoStream(camera: Calling.VideoDeviceInfo): LocalVideoStreamSurface;
  createLocalAudioStream(microphone: Calling.AudioDeviceInfo): LocalAudioStreamSurface;
  createRenderer(stream: LocalVideoStreamSurface | RemoteVideoStreamSurface): VideoStreamRendererSurface;
  createChatClient(endpoint: string, credential: CommunicationTokenCredential): ChatClientSurface;
  /** Loads the effects package (large: its own chunk, fetched the first time a person picks an effect). */
  loadEffects(): Promise<EffectsSurface>;
  readonly Features: AcsFeatures;
}
