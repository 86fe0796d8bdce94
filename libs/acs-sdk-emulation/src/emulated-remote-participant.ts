import type { ParticipantRole, RemoteParticipantState } from '@azure/communication-calling';
import { createIdentifierFromRawId, type CommunicationIdentifierKind } from '@azure/communication-common';
import type { RemoteParticipantSurface } from '@portico/call-client/acs-driver';
import type { EmulatedRemoteVideoStream } from './emulated-video-streams';
import { Listeners } from './listeners';

/** What the relay says of a participant, in the SDK's terms. */
export interface ParticipantFacts {
  readonly displayName: string;
  readonly role: ParticipantRole;
  readonly state: RemoteParticipantState;
  readonly isMuted: boolean;
}

/** The SDK's `RemoteParticipant`: someone else in the meeting, or waiting in its lobby. */
export class EmulatedRemoteParticipant implements RemoteParticipantSurface {
  private readonly listeners = new Listeners();
  readonly identifier: CommunicationIdentifierKind;
  private streams: EmulatedRemoteVideoStream[] = [];
  private speaking = false;

  constructor(
    readonly rawId: string,
    private facts: ParticipantFacts,
  ) {
    this.identifier = createIdentifierFromRawId(rawId);
  }

  get displayName(): string {
    return this.facts.displayName;
  }

  get state(): RemoteParticipantState {
    return this.facts.state;
  }

  get isMuted(): boolean {
    return this.facts.isMuted;
  }

  get role(): ParticipantRole {
    return this.facts.role;
  }

  get isSpeaking(): boolean {
    return this.speaking;
  }

  /** Called by the call from what it hears of this participant's audio. */
  setSpeaking(speaking: boolean): void {
    if (speaking === this.speaking) return;
    this.speaking = speaking;
    this.listeners.emit('isSpeakingChanged');
  }

  get videoStreams(): readonly EmulatedRemoteVideoStream[] {
    return this.streams;
  }

  update(next: ParticipantFacts): void {
    const before = this.facts;
    this.facts = next;
    if (before.state !== next.state) this.listeners.emit('stateChanged');
    if (before.isMuted !== next.isMuted) this.listeners.emit('isMutedChanged');
    if (before.displayName !== next.displayName) this.listeners.emit('displayNameChanged');
  }

  addStream(stream: EmulatedRemoteVideoStream): void {
    this.streams = [...this.streams, stream];
    this.listeners.emit('videoStreamsUpdated', { added: [stream], removed: [] });
  }

  on(event: 'stateChanged' | 'isMutedChanged' | 'isSpeakingChanged' | 'displayNameChanged', listener: () => void): void;
  on(
    event: 'videoStreamsUpdated',
    listener: (args: { added: EmulatedRemoteVideoStream[]; removed: EmulatedRemoteVideoStream[] }) => void,
  ): void;
  on(event: string, listener: (args: never) => void): void {
    this.listeners.on(event, listener);
  }
}
