/**
 * The loudness (RMS of samples in −1…1) of the loudest moment in a stretch of audio, each moment
 * `momentLength` samples long. A short sound anywhere in the stretch counts in full: an average over
 * the whole stretch would let a word drown in the silence around it.
 */
export function loudestMomentLevel(samples: Float32Array, momentLength: number): number {
  const length = Math.max(1, Math.floor(momentLength));
  let loudest = 0;
  for (let start = 0; start < samples.length; start += length) {
    const end = Math.min(start + length, samples.length);
    let sum = 0;
    for (const sample of samples.subarray(start, end)) sum += sample * sample;
    loudest = Math.max(loudest, Math.sqrt(sum / (end - start)));
  }
  return loudest;
}
