import type { PropertyChangedEvent, StartCaptionsOptions, TeamsCaptionsHandler } from '@azure/communication-calling';
import { createIdentifierFromRawId } from '@azure/communication-common';
import type { CaptionsSurface, TeamsCaptionsSurface } from '@portico/call-client/acs-driver';
import { Listeners } from './listeners';

/** The spoken languages Teams captions offer (a few of its many). */
const spokenLanguages = ['en-us', 'nl-nl', 'de-de', 'fr-fr'];
/** The languages captions translate into, ISO 639-1 as the SDK names them. */
const captionLanguages = ['en', 'nl', 'de', 'fr'];
const languageOf = (spoken: string) => spoken.split('-')[0] ?? spoken;

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
  private caption = '';

  /** `mayTranslate` is the meeting's `setCaptionLanguage` capability: Teams Premium. */
  constructor(private readonly mayTranslate: () => boolean) {}

  /** As the SDK lists them, in ISO 639-1, whether or not the meeting may translate. */
  readonly supportedCaptionLanguages = captionLanguages;

  /** As spoken until the person picks a translation. */
  get activeCaptionLanguage(): string {
    // A meeting that stops translating shows captions as spoken again.
    return (this.mayTranslate() && this.caption) || languageOf(this.spoken);
  }

  async setCaptionLanguage(language: string): Promise<void> {
    if (!this.mayTranslate()) throw new Error('This meeting does not translate captions (Teams Premium).');
    if (!captionLanguages.includes(language)) throw new Error(`Captions cannot be translated into ${language}.`);
    this.caption = language;
    this.listeners.emit('CaptionLanguageChanged');
  }

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

  /** Someone in the call said `text`; `translations` is what Teams' translation makes of it. */
  heard(speakerId: string, speakerName: string, text: string, translations?: Readonly<Record<string, string>>): void {
    if (!this.active) return;
    const captionLanguage = this.activeCaptionLanguage;
    const shown = captionLanguage === languageOf(this.spoken) ? text : (translations?.[captionLanguage] ?? text);
    const half = (phrase: string) => {
      const words = phrase.split(/\s+/);
      return words.slice(0, Math.ceil(words.length / 2)).join(' ');
    };
    for (const [spokenText, captionText, resultType] of [
      [half(text), half(shown), 'Partial'],
      [text, shown, 'Final'],
    ] as const) {
      this.listeners.emit('CaptionsReceived', {
        speaker: { identifier: createIdentifierFromRawId(speakerId), displayName: speakerName },
        spokenText,
        captionText,
        spokenLanguage: this.spoken,
        captionLanguage,
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
  readonly captions: EmulatedTeamsCaptions;

  constructor(mayTranslate: () => boolean) {
    this.captions = new EmulatedTeamsCaptions(mayTranslate);
  }
}
