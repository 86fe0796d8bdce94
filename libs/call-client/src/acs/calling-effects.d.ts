// `@azure/communication-calling-effects` ships its types outside its package `exports`, so
// TypeScript cannot find them; these are the constructors the driver uses, typed by the calling
// SDK's own effect interfaces.
declare module '@azure/communication-calling-effects' {
  import type {
    BackgroundBlurEffect as BlurEffect,
    BackgroundReplacementEffect as ReplacementEffect,
    DeepNoiseSuppressionEffect as NoiseSuppressionEffect,
  } from '@azure/communication-calling';

  export const BackgroundBlurEffect: new () => BlurEffect;
  export const BackgroundReplacementEffect: new (config: { backgroundImageUrl: string }) => ReplacementEffect;
  export const DeepNoiseSuppressionEffect: new () => NoiseSuppressionEffect;
}
