import type { BackgroundChoice, DriverEvent, EffectsState } from '../call/call-driver';
import type { AcsSdk, CallSurface, EffectsSurface, LocalVideoStreamSurface } from './acs-sdk';

const noBackground: BackgroundChoice = { kind: 'none' };

/** The camera and microphone effects of one call, through the SDK's effects features. */
export interface AcsCallEffects {
  setBackground(background: BackgroundChoice): Promise<void>;
  setNoiseSuppression(on: boolean): Promise<void>;
  /** Puts the chosen background on a camera stream the call just started. */
  applyTo(stream: LocalVideoStreamSurface): Promise<void>;
}

/**
 * Background blur and replacement on the camera stream (`Features.VideoEffects`) and noise
 * suppression on the microphone stream (`Features.AudioEffects`; the effects package's deep noise
 * suppression where supported, the browser's otherwise). The effects package is loaded the first time
 * the person picks an effect. Whether the browser can run them is known once one is tried: an
 * unsupported one is reported as such, so the option can say why, and the call goes on without it.
 */
export function acsCallEffects(
  sdk: AcsSdk,
  call: Pick<CallSurface, 'localAudioStreams'>,
  camera: () => LocalVideoStreamSurface | undefined,
  emit: (event: DriverEvent) => void,
): AcsCallEffects {
  let state: EffectsState = {
    background: noBackground,
    noiseSuppression: false,
    supported: { background: true, noiseSuppression: true },
  };
  let loaded: Promise<EffectsSurface> | undefined;
  const effects = () => (loaded ??= sdk.loadEffects());
  const report = (changes: Partial<EffectsState>) => {
    state = { ...state, ...changes };
    emit({ type: 'effects', effects: state });
  };
  const unsupported = (kind: 'background' | 'noiseSuppression') =>
    report({
      supported: { ...state.supported, [kind]: false },
      ...(kind === 'background' ? { background: noBackground } : { noiseSuppression: false }),
    });

  /** Puts `background` on `stream`; false when this browser cannot. */
  const applyBackground = async (stream: LocalVideoStreamSurface, background: BackgroundChoice) => {
    const feature = stream.feature(sdk.Features.VideoEffects);
    if (background.kind === 'none') {
      await feature.stopEffects();
      return true;
    }
    const loadedEffects = await effects();
    const effect =
      background.kind === 'blur'
        ? loadedEffects.createBackgroundBlur()
        : loadedEffects.createBackgroundReplacement(background.url);
    if (!(await feature.isSupported(effect))) return false;
    await feature.startEffects(effect);
    return true;
  };

  return {
    async setBackground(background) {
      const stream = camera();
      try {
        // With the camera off the choice is kept, and applied when the camera comes on.
        if (stream && !(await applyBackground(stream, background))) return unsupported('background');
        report({ background });
      } catch {
        unsupported('background');
      }
    },
    async setNoiseSuppression(on) {
      const microphone = call.localAudioStreams[0];
      if (!microphone) return unsupported('noiseSuppression');
      const feature = microphone.feature(sdk.Features.AudioEffects);
      try {
        if (!on) {
          await feature.stopEffects({ noiseSuppression: true });
          return report({ noiseSuppression: false });
        }
        const deep = (await effects()).createDeepNoiseSuppression();
        const noiseSuppression = (await feature.isSupported(deep))
          ? deep
          : (await feature.isSupported('BrowserNoiseSuppression'))
            ? 'BrowserNoiseSuppression'
            : undefined;
        if (!noiseSuppression) return unsupported('noiseSuppression');
        await feature.startEffects({ noiseSuppression });
        report({ noiseSuppression: true });
      } catch {
        unsupported('noiseSuppression');
      }
    },
    async applyTo(stream) {
      if (state.background.kind === 'none') return;
      const applied = await applyBackground(stream, state.background).catch(() => false);
      if (!applied) unsupported('background');
    },
  };
}
