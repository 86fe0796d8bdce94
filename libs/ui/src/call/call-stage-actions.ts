import type { BackgroundChoice } from '@portico/call-client';
import type { ReactionKind } from '@portico/domain';

/** What the person can do from the stage; the call session answers each. */
export interface CallStageActions {
  setMuted(muted: boolean): void;
  setCameraOn(on: boolean): void;
  setScreenShare(on: boolean): void;
  setHandRaised(raised: boolean): void;
  setCaptions(on: boolean, spokenLanguage?: string): void;
  setSpokenLanguage(language: string): void;
  setCaptionLanguage(language: string): void;
  setBackground(background: BackgroundChoice): void;
  setNoiseSuppression(on: boolean): void;
  react(kind: ReactionKind): void;
  grantConsent(): void;
  admit(participantId: string): void;
  sendTyping(): void;
  sendChat(text: string): void;
  switchDevice(kind: 'cameraId' | 'microphoneId' | 'speakerId', id: string): void;
  leave(): void;
}
