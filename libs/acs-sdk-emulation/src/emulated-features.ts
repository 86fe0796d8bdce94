import type {
  CallClientFeature,
  CallClientFeatureCtor,
  CallClientFeatureFactory,
  CallFeature,
  CallFeatureCtor,
  CallFeatureFactory,
  CapabilitiesChangeHandler,
  MediaDiagnosticChangedEventArgs,
  NetworkDiagnosticChangedEventArgs,
  NetworkDiagnosticType,
  ParticipantCapabilities,
  PropertyChangedEvent,
  RaisedHand,
  RaisedHandListener,
  ReactionListener,
  ReactionMessage,
} from '@azure/communication-calling';
import {
  createIdentifierFromRawId,
  getIdentifierRawId,
  type CommunicationUserIdentifier,
} from '@azure/communication-common';
import type {
  AcsFeatures,
  CapabilitiesSurface,
  DiagnosticsSurface,
  RaiseHandSurface,
  ReactionSurface,
  RecordingSurface,
  TranscriptionSurface,
} from '@portico/call-client/acs-driver';
import type { RelayClientMessage, RelayNotices } from '@portico/relay-protocol';
import { Listeners } from './listeners';

/**
 * The emulation's `Features`: tokens that `EmulatedCall.feature` looks up by identity. The SDK's own
 * factories construct features from SDK internals, which the emulation does not have.
 */
function featureToken<T extends CallFeature>(name: string): CallFeatureFactory<T> {
  const refuse = function () {
    throw new Error(`${name} is made by the emulated call, not constructed.`);
  } as unknown as CallFeatureCtor<T>;
  return { callApiCtor: refuse };
}

/** A token for a feature of the call client rather than of a call. */
function callClientFeatureToken<T extends CallClientFeature>(name: string): CallClientFeatureFactory<T> {
  const refuse = function () {
    throw new Error(`${name} is made by the emulated call client, not constructed.`);
  } as unknown as CallClientFeatureCtor<T>;
  return { callClientApiCtor: refuse };
}

/** A token for a feature of a local video or audio stream. */
function streamFeatureToken<T>(name: string, ctor: 'videoStreamApiCtor' | 'audioStreamApiCtor'): T {
  const refuse = function () {
    throw new Error(`${name} is made by the emulated stream, not constructed.`);
  };
  return { [ctor]: refuse } as T;
}

export const emulatedFeatures: AcsFeatures = {
  Capabilities: featureToken('Capabilities'),
  Captions: featureToken('Captions'),
  DebugInfo: callClientFeatureToken('DebugInfo'),
  DominantSpeakers: featureToken('DominantSpeakers'),
  RaiseHand: featureToken('RaiseHand'),
  Reaction: featureToken('Reaction'),
  Recording: featureToken('Recording'),
  Transcription: featureToken('Transcription'),
  UserFacingDiagnostics: featureToken('UserFacingDiagnostics'),
  VideoEffects: streamFeatureToken('VideoEffects', 'videoStreamApiCtor'),
  AudioEffects: streamFeatureToken('AudioEffects', 'audioStreamApiCtor'),
};

type Send = (message: RelayClientMessage) => void;
const asUser = (rawId: string) => createIdentifierFromRawId(rawId) as CommunicationUserIdentifier;

export class EmulatedCapabilities implements CapabilitiesSurface {
  private readonly listeners = new Listeners();
  capabilities: Partial<ParticipantCapabilities> = {};

  update(next: Partial<ParticipantCapabilities>): void {
    const oldValue = this.capabilities;
    this.capabilities = next;
    this.listeners.emit('capabilitiesChanged', {
      oldValue,
      newValue: next,
      reason: 'MeetingOptionOrOrganizerPolicyChanged',
    });
  }

  on(event: 'capabilitiesChanged', listener: CapabilitiesChangeHandler): void {
    this.listeners.on(event, listener);
  }
}

export class EmulatedRaiseHand implements RaiseHandSurface {
  private readonly listeners = new Listeners();
  private raised: RaisedHand[] = [];

  constructor(private readonly send: Send) {}

  /** The raised hands in the roster, reported as the SDK does: one event per change. */
  update(rawIds: readonly string[]): void {
    const before = new Set(this.raised.map((hand) => getIdentifierRawId(hand.identifier)));
    const now = new Set(rawIds);
    this.raised = rawIds.map((id, order) => ({ identifier: asUser(id), order }));
    for (const id of now) if (!before.has(id)) this.listeners.emit('raisedHandEvent', { identifier: asUser(id) });
    for (const id of before) if (!now.has(id)) this.listeners.emit('loweredHandEvent', { identifier: asUser(id) });
  }

  async raiseHand(): Promise<void> {
    this.send({ type: 'hand', raised: true });
  }

  async lowerHand(): Promise<void> {
    this.send({ type: 'hand', raised: false });
  }

  getRaisedHands(): RaisedHand[] {
    return [...this.raised];
  }

  on(event: 'raisedHandEvent' | 'loweredHandEvent', listener: RaisedHandListener): void {
    this.listeners.on(event, listener);
  }
}

export class EmulatedReaction implements ReactionSurface {
  private readonly listeners = new Listeners();

  constructor(private readonly send: Send) {}

  received(fromRawId: string, reactionType: ReactionMessage['reactionType']): void {
    this.listeners.emit('reaction', { identifier: asUser(fromRawId), reactionMessage: { reactionType } });
  }

  async sendReaction(message: ReactionMessage): Promise<void> {
    this.send({ type: 'reaction', kind: message.reactionType });
  }

  on(event: 'reaction', listener: ReactionListener): void {
    this.listeners.on(event, listener);
  }
}

/** Recording and transcription share the relay's notices and its one consent. */
abstract class EmulatedComplianceFeature {
  protected readonly listeners = new Listeners();
  protected notices: RelayNotices = { recording: false, transcribing: false, consentRequired: false };

  constructor(private readonly send: Send) {}

  get isTeamsConsentRequired(): boolean {
    return this.notices.consentRequired && this.isActive;
  }

  protected abstract get isActive(): boolean;
  protected abstract readonly changedEvent: string;

  update(notices: RelayNotices): void {
    const wasActive = this.isActive;
    this.notices = notices;
    if (wasActive !== this.isActive) this.listeners.emit(this.changedEvent);
  }

  async grantTeamsConsent(): Promise<void> {
    this.send({ type: 'consent' });
  }
}

export class EmulatedRecording extends EmulatedComplianceFeature implements RecordingSurface {
  protected readonly changedEvent = 'isRecordingActiveChanged';

  get isRecordingActive(): boolean {
    return this.notices.recording;
  }

  protected get isActive(): boolean {
    return this.notices.recording;
  }

  on(event: string, listener: (args: never) => void): void {
    this.listeners.on(event, listener);
  }
}

export class EmulatedTranscription extends EmulatedComplianceFeature implements TranscriptionSurface {
  protected readonly changedEvent = 'isTranscriptionActiveChanged';

  get isTranscriptionActive(): boolean {
    return this.notices.transcribing;
  }

  protected get isActive(): boolean {
    return this.notices.transcribing;
  }

  on(event: 'isTranscriptionActiveChanged', listener: PropertyChangedEvent): void {
    this.listeners.on(event, listener);
  }
}

export class EmulatedDiagnostics implements DiagnosticsSurface {
  private readonly networkListeners = new Listeners();
  private readonly mediaListeners = new Listeners();
  readonly network = {
    on: (event: 'diagnosticChanged', listener: (args: NetworkDiagnosticChangedEventArgs) => void) =>
      this.networkListeners.on(event, listener),
  };
  readonly media = {
    on: (event: 'diagnosticChanged', listener: (args: MediaDiagnosticChangedEventArgs) => void) =>
      this.mediaListeners.on(event, listener),
  };

  networkChanged(
    diagnostic: Extract<NetworkDiagnosticType, 'networkReconnect' | 'networkSendQuality' | 'networkReceiveQuality'>,
    value: 1 | 2 | 3,
  ): void {
    this.networkListeners.emit('diagnosticChanged', { diagnostic, value, valueType: 'DiagnosticQuality' });
  }

  microphoneNotFunctioning(value: boolean): void {
    this.mediaListeners.emit('diagnosticChanged', {
      diagnostic: 'microphoneNotFunctioning',
      value,
      valueType: 'DiagnosticFlag',
    });
  }
}
