import type { PropertyChangedEvent } from '@azure/communication-calling';
import { createIdentifierFromRawId, type CommunicationIdentifierKind } from '@azure/communication-common';
import type { DominantSpeakersSurface } from '@portico/call-client/acs-driver';
import { Listeners } from './listeners';

/**
 * The SDK's dominant speakers, ranked as the SDK ranks them, by who talks: those talking now come
 * first, then those who have fallen silent, each group by who started talking most recently. Someone
 * who keeps talking while the first speaker falls silent moves ahead of them.
 */
export class EmulatedDominantSpeakers implements DominantSpeakersSurface {
  private readonly listeners = new Listeners();
  private speakers: string[] = [];
  private readonly talking = new Set<string>();
  private changedAt = new Date();

  get dominantSpeakers(): { speakersList: CommunicationIdentifierKind[]; timestamp: Date } {
    return { speakersList: this.speakers.map((id) => createIdentifierFromRawId(id)), timestamp: this.changedAt };
  }

  on(event: 'dominantSpeakersChanged', listener: PropertyChangedEvent): void {
    this.listeners.on(event, listener);
  }

  /** What the call hears of someone: they started or stopped talking. */
  heard(participantId: string, talking: boolean): void {
    if (talking) {
      this.talking.add(participantId);
      this.rank([participantId, ...this.speakers.filter((id) => id !== participantId)]);
    } else {
      this.talking.delete(participantId);
      this.rank(this.speakers);
    }
  }

  /** Someone left the call. */
  left(participantId: string): void {
    this.talking.delete(participantId);
    this.rank(this.speakers.filter((id) => id !== participantId));
  }

  private rank(byRecency: readonly string[]): void {
    const next = [
      ...byRecency.filter((id) => this.talking.has(id)),
      ...byRecency.filter((id) => !this.talking.has(id)),
    ];
    if (next.length === this.speakers.length && next.every((id, index) => id === this.speakers[index])) return;
    this.speakers = next;
    this.changedAt = new Date();
    this.listeners.emit('dominantSpeakersChanged');
  }
}
