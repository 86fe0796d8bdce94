// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient module types are referenced, they cannot be imported
/// <reference path="./calling-effects.d.ts" />
import type { LocalVideoStream, RemoteVideoStream } from '@azure/communication-calling';
import type { AcsSdk } from './acs-sdk';

/**
 * The real ACS SDKs, loaded as their own chunk. Returning them as an `AcsSdk` is what checks that the
 * SDKs still have every member the driver and the emulation agree on.
 */
export async function loadAcsSdk(): Promise<AcsSdk> {
  const [calling, chat] = await Promise.all([
    import('@azure/communication-calling'),
    import('@azure/communication-chat'),
  ]);
  return {
    createCallClient: () => new calling.CallClient(),
    createLocalVideoStream: (camera) => new calling.LocalVideoStream(camera),
    createLocalAudioStream: (microphone) => new calling.LocalAudioStream(microphone),
    // The driver renders only streams this same SDK handed it.
    createRenderer: (stream) => new calling.VideoStreamRenderer(stream as LocalVideoStream | RemoteVideoStream),
    createChatClient: (endpoint, credential) => new chat.ChatClient(endpoint, credential),
    loadEffects: async () => {
      const effects = await import('@azure/communication-calling-effects');
      return {
        createBackgroundBlur: () => new effects.BackgroundBlurEffect(),
        createBackgroundReplacement: (backgroundImageUrl) =>
          new effects.BackgroundReplacementEffect({ backgroundImageUrl }),
        createDeepNoiseSuppression: () => new effects.DeepNoiseSuppressionEffect(),
      };
    },
    Features: calling.Features,
  };
}
