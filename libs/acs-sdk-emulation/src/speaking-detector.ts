import { loudestMomentLevel } from './loudest-moment';

/** How often the level is read. */
const sampleMs = 100;
/**
 * How much audio each read looks back over: at 48 kHz about 340 ms, well past `sampleMs`, so a sound
 * between two reads is never missed, even when a busy page reads late. Reading only the newest few
 * milliseconds once per `sampleMs` could miss Chromium's fake microphone, whose 20 ms beep every
 * 500 ms may keep the same phase as the reads and fall between them for a whole call.
 */
const windowSamples = 16_384;
/** A moment of sound: 10 ms. */
const momentsPerSecond = 100;
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
    analyser.fftSize = windowSamples;
    this.context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const momentLength = this.context.sampleRate / momentsPerSecond;
    this.timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      const now = Date.now();
      if (loudestMomentLevel(samples, momentLength) > speakingLevel) this.lastHeard = now;
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
