import type { AcsSdk } from '@portico/call-client/acs-driver';
import { EmulatedCallClient } from './emulated-call-client';
import { EmulatedChatClient } from './emulated-chat-client';
import { emulatedEffects } from './emulated-effects';
import { emulatedFeatures } from './emulated-features';
import { EmulatedLocalAudioStream } from './emulated-local-audio-stream';
import { EmulatedLocalVideoStream, EmulatedVideoStreamRenderer } from './emulated-video-streams';
import { MeetingChatHub } from './meeting-chat-hub';

export interface EmulatedAcsSdkOptions {
  /** The emulators' base URL, e.g. `http://127.0.0.1:7180`; the relay socket is `/relay/socket` on it. */
  readonly relayUrl: string;
}

/** The emulated SDKs: what the driver gets in local mode instead of `loadAcsSdk()`. */
export function createEmulatedAcsSdk(options: EmulatedAcsSdkOptions): AcsSdk {
  const chat = new MeetingChatHub();
  return {
    createCallClient: () => new EmulatedCallClient(options.relayUrl, chat),
    createLocalVideoStream: (camera) => new EmulatedLocalVideoStream(camera),
    createLocalAudioStream: (microphone) => new EmulatedLocalAudioStream(microphone),
    createRenderer: (stream) => new EmulatedVideoStreamRenderer(stream),
    createChatClient: () => new EmulatedChatClient(chat),
    loadEffects: async () => emulatedEffects,
    Features: emulatedFeatures,
  };
}
