import { loudestMomentLevel } from './loudest-moment';

const sampleRate = 48_000;
const moment = sampleRate / 100;

/** Silence with a 20 ms 400 Hz tone from `startMs`, as Chromium's fake microphone beeps. */
function beepAt(startMs: number, lengthMs: number): Float32Array {
  const samples = new Float32Array((sampleRate * lengthMs) / 1000);
  const first = (sampleRate * startMs) / 1000;
  for (let index = first; index < first + sampleRate / 50 && index < samples.length; index++) {
    samples[index] = 0.5 * Math.sin((2 * Math.PI * 400 * index) / sampleRate);
  }
  return samples;
}

describe('loudestMomentLevel', () => {
  it('hears a short beep wherever it falls in the stretch, at the level of the beep itself', () => {
    for (const startMs of [0, 3, 57, 149, 320]) {
      const level = loudestMomentLevel(beepAt(startMs, 341), moment);
      expect(level).toBeGreaterThan(0.3);
      expect(level).toBeLessThan(0.5);
    }
  });

  it('hears nothing in silence, and a beep cut off at the end of the stretch still counts', () => {
    expect(loudestMomentLevel(new Float32Array(16_384), moment)).toBe(0);
    expect(loudestMomentLevel(beepAt(335, 341), moment)).toBeGreaterThan(0.1);
  });

  it('takes a moment of at least one sample', () => {
    expect(loudestMomentLevel(Float32Array.of(0, -0.25, 0), 0)).toBe(0.25);
  });
});
