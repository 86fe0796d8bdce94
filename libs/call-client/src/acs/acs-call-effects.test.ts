import type { DriverEvent, EffectsState } from '../call/call-driver';
import { acsCallEffects } from './acs-call-effects';
import type { AcsSdk, CallAudioStreamSurface, LocalVideoStreamSurface } from './acs-sdk';

/** Records what the features were asked; `supported` says what this "browser" can run. */
function fakes(supported: { video: boolean; deep: boolean; browser: boolean }) {
  const calls: string[] = [];
  const effect = (name: string) => ({ name, isSupported: async () => true, configure: async () => undefined });
  const sdk = {
    Features: { VideoEffects: 'video', AudioEffects: 'audio' },
    loadEffects: async () => {
      calls.push('load');
      return {
        createBackgroundBlur: () => effect('BackgroundBlur'),
        createBackgroundReplacement: (url: string) => effect(`BackgroundReplacement ${url}`),
        createDeepNoiseSuppression: () => effect('DeepNoiseSuppression'),
      };
    },
  } as unknown as AcsSdk;
  const stream = {
    feature: () => ({
      isSupported: async () => supported.video,
      startEffects: async (e: { name: string }) => void calls.push(`start ${e.name}`),
      stopEffects: async () => void calls.push('stop video'),
    }),
  } as unknown as LocalVideoStreamSurface;
  const microphone: CallAudioStreamSurface = {
    feature: () => ({
      isSupported: async (e) => (typeof e === 'string' ? supported.browser : supported.deep),
      startEffects: async (config) =>
        void calls.push(
          `start ${typeof config.noiseSuppression === 'string' ? config.noiseSuppression : config.noiseSuppression?.name}`,
        ),
      stopEffects: async () => void calls.push('stop audio'),
    }),
  };
  const events: EffectsState[] = [];
  const emit = (event: DriverEvent) => {
    if (event.type === 'effects') events.push(event.effects);
  };
  return { sdk, stream, microphone, calls, events, emit };
}

describe('acsCallEffects', () => {
  it('blurs and replaces the background on the camera, loading the effects only when asked', async () => {
    const f = fakes({ video: true, deep: true, browser: true });
    const effects = acsCallEffects(f.sdk, { localAudioStreams: [f.microphone] }, () => f.stream, f.emit);
    expect(f.calls).toEqual([]);
    await effects.setBackground({ kind: 'blur' });
    await effects.setBackground({ kind: 'image', url: '/backgrounds/study.png' });
    await effects.setBackground({ kind: 'none' });
    expect(f.calls).toEqual([
      'load',
      'start BackgroundBlur',
      'start BackgroundReplacement /backgrounds/study.png',
      'stop video',
    ]);
    expect(f.events.map((e) => e.background.kind)).toEqual(['blur', 'image', 'none']);
  });

  it('keeps a background chosen with the camera off, and puts it on the camera when it comes on', async () => {
    const f = fakes({ video: true, deep: true, browser: true });
    const camera: { on?: LocalVideoStreamSurface } = {};
    const effects = acsCallEffects(f.sdk, { localAudioStreams: [] }, () => camera.on, f.emit);
    await effects.setBackground({ kind: 'blur' });
    expect(f.calls).toEqual([]);
    camera.on = f.stream;
    await effects.applyTo(f.stream);
    expect(f.calls).toEqual(['load', 'start BackgroundBlur']);
  });

  it('says so when the browser cannot change the background, and goes on without it', async () => {
    const f = fakes({ video: false, deep: true, browser: true });
    const effects = acsCallEffects(f.sdk, { localAudioStreams: [] }, () => f.stream, f.emit);
    await effects.setBackground({ kind: 'blur' });
    expect(f.events.at(-1)).toMatchObject({ background: { kind: 'none' }, supported: { background: false } });
  });

  it("suppresses noise with the package's deep model where it runs, the browser's otherwise, or says it cannot", async () => {
    const deep = fakes({ video: true, deep: true, browser: true });
    await acsCallEffects(
      deep.sdk,
      { localAudioStreams: [deep.microphone] },
      () => undefined,
      deep.emit,
    ).setNoiseSuppression(true);
    expect(deep.calls).toEqual(['load', 'start DeepNoiseSuppression']);
    const browser = fakes({ video: true, deep: false, browser: true });
    const effects = acsCallEffects(
      browser.sdk,
      { localAudioStreams: [browser.microphone] },
      () => undefined,
      browser.emit,
    );
    await effects.setNoiseSuppression(true);
    await effects.setNoiseSuppression(false);
    expect(browser.calls).toEqual(['load', 'start BrowserNoiseSuppression', 'stop audio']);
    expect(browser.events.map((e) => e.noiseSuppression)).toEqual([true, false]);
    const none = fakes({ video: true, deep: false, browser: false });
    await acsCallEffects(
      none.sdk,
      { localAudioStreams: [none.microphone] },
      () => undefined,
      none.emit,
    ).setNoiseSuppression(true);
    expect(none.events.at(-1)).toMatchObject({ noiseSuppression: false, supported: { noiseSuppression: false } });
  });
});
