/** How often the level is read. */
const sampleMs = 100;
/** The loudness (RMS of samples in −1…1) above which someone counts as talking. */
const speakingLevel = 0.02;
/** How long it stays quiet before talking counts as over, so pauses between words do not flicker. */
const quietAfterMs = 700;

/**
 * Hears one participant's audio and says when they start and stop talking, as the SDK's
 * `isSpeaking` does from the media it receives. A muted participant sends silence, so never talks.
 */
export class SpeakingDetector {
  private readonly context = new AudioContext();
  private readonly timer: ReturnType<typeof setInterval>;
  private speaking = false;
  private lastHeard = 0;

  constructor(stream: MediaStream, onChange: (speaking: boolean) => void) {
    const analyser = this.context.createAnalyser();
    analyser.fftSize = 512;
    this.context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    this.timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      const now = Date.now();
      if (Math.sqrt(sum / samples.length) > speakingLevel) this.lastHeard = now;
      const speaking = now - this.lastHeard < quietAfterMs;
      if (speaking === this.speaking) return;
      this.speaking = speaking;
      onChange(speaking);
    }, sampleMs);
  }

  stop(): void {
    clearInterval(this.timer);
    void this.context.close().catch(() => undefined);
  }
}
