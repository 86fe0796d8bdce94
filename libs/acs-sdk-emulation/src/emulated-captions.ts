import type { PropertyChangedEvent, StartCaptionsOptions, TeamsCaptionsHandler } from '@azure/communication-calling';
import { createIdentifierFromRawId } from '@azure/communication-common';
import type { CaptionsSurface, TeamsCaptionsSurface } from '@portico/call-client/acs-driver';
import { Listeners } from './listeners';

/** The spoken languages Teams captions offer (a few of its many). */
const spokenLanguages = ['en-us', 'nl-nl', 'de-de', 'fr-fr'];

/**
 * The SDK's `TeamsCaptions`: off until the person turns them on, in the spoken language they choose.
 * What the relay says was spoken arrives as Teams sends it: a partial phrase, then the final one.
 */
export class EmulatedTeamsCaptions implements TeamsCaptionsSurface {
  readonly kind = 'TeamsCaptions';
  readonly supportedSpokenLanguages = spokenLanguages;
  private readonly listeners = new Listeners();
  private active = false;
  private spoken = 'en-us';

  get isCaptionsFeatureActive(): boolean {
    return this.active;
  }

  get activeSpokenLanguage(): string {
    return this.spoken;
  }

  async startCaptions(options?: StartCaptionsOptions): Promise<void> {
    if (options?.spokenLanguage) this.useLanguage(options.spokenLanguage);
    if (this.active) return;
    this.active = true;
    this.listeners.emit('CaptionsActiveChanged');
  }

  async stopCaptions(): Promise<void> {
    if (!this.active) return;
    this.active = false;
    this.listeners.emit('CaptionsActiveChanged');
  }

  async setSpokenLanguage(language: string): Promise<void> {
    this.useLanguage(language);
    this.listeners.emit('SpokenLanguageChanged');
  }

  on(event: 'CaptionsReceived', listener: TeamsCaptionsHandler): void;
  on(
    event: 'CaptionsActiveChanged' | 'SpokenLanguageChanged' | 'CaptionLanguageChanged',
    listener: PropertyChangedEvent,
  ): void;
  on(event: string, listener: (args: never) => void): void {
    this.listeners.on(event, listener);
  }

  /** Someone in the call said `text`. */
  heard(speakerId: string, speakerName: string, text: string): void {
    if (!this.active) return;
    const words = text.split(/\s+/);
    const partial = words.slice(0, Math.ceil(words.length / 2)).join(' ');
    for (const [phrase, resultType] of [
      [partial, 'Partial'],
      [text, 'Final'],
    ] as const) {
      this.listeners.emit('CaptionsReceived', {
        speaker: { identifier: createIdentifierFromRawId(speakerId), displayName: speakerName },
        spokenText: phrase,
        captionText: phrase,
        spokenLanguage: this.spoken,
        captionLanguage: this.spoken,
        resultType,
        timestamp: new Date(),
      });
    }
  }

  private useLanguage(language: string): void {
    if (!spokenLanguages.includes(language)) throw new Error(`Captions cannot transcribe ${language}.`);
    this.spoken = language;
  }
}

/** The SDK's captions feature, in a Teams meeting. */
export class EmulatedCaptions implements CaptionsSurface {
  readonly captions = new EmulatedTeamsCaptions();
}
