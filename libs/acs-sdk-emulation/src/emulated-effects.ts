import type {
  BackgroundBlurEffect,
  BackgroundReplacementEffect,
  DeepNoiseSuppressionEffect,
} from '@azure/communication-calling';
import type { EffectsSurface } from '@portico/call-client/acs-driver';

/**
 * Whether this browser runs the effects. The effects package needs a desktop browser with enough
 * power; the emulation says no on phones and tablets (by the user agent) and where a canvas cannot
 * filter, so an unsupported device can be tested.
 */
export function effectsRunHere(): boolean {
  const mobile = /Mobi|Android|iPhone|iPad/.test(navigator.userAgent);
  return !mobile && 'filter' in CanvasRenderingContext2D.prototype;
}

const supported = async () => effectsRunHere();
const configured = async () => undefined;

/** The effects package's constructors, as the emulation makes them: named like the real effects. */
export const emulatedEffects: EffectsSurface = {
  createBackgroundBlur: (): BackgroundBlurEffect => ({
    name: 'BackgroundBlur',
    isSupported: supported,
    configure: configured,
  }),
  createBackgroundReplacement: (backgroundImageUrl: string): BackgroundReplacementEffect =>
    Object.assign(
      { name: 'BackgroundReplacement' as const, isSupported: supported, configure: configured },
      { backgroundImageUrl },
    ),
  createDeepNoiseSuppression: (): DeepNoiseSuppressionEffect => ({
    name: 'DeepNoiseSuppression',
    isSupported: supported,
  }),
};

/** The image a replacement effect shows, which the emulated effects carry with them. */
export const backgroundImageOf = (effect: { readonly name: string }): string | undefined =>
  (effect as { readonly backgroundImageUrl?: string }).backgroundImageUrl;
