import type { AudioDeviceInfo } from '@azure/communication-calling';
import type { LocalAudioStreamSurface, VolumeSurface } from '@portico/call-client/acs-driver';
import { browserIdOf } from './emulated-device-manager';
import { Listeners } from './listeners';

/** How often the level is read, about as often as the SDK reports it. */
const sampleMs = 100;

/** The SDK's `Volume`: the microphone's loudness 0–100 from an analyser on its track. */
class EmulatedVolume implements VolumeSurface {
  private readonly listeners = new Listeners();
  private current = 0;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly context: AudioContext,
    stream: MediaStream,
  ) {
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    this.timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      // RMS to a 0–100 scale that moves visibly for normal speech.
      const level = Math.min(100, Math.round(Math.sqrt(sum / samples.length) * 300));
      if (level === this.current) return;
      this.current = level;
      this.listeners.emit('levelChanged');
    }, sampleMs);
  }

  get level(): number {
    return this.current;
  }

  on(event: 'levelChanged', listener: () => void): void {
    this.listeners.on(event, listener);
  }

  off(event: 'levelChanged', listener: () => void): void {
    this.listeners.off(event, listener);
  }

  close(): void {
    clearInterval(this.timer);
    void this.context.close().catch(() => undefined);
  }
}

/** The SDK's `LocalAudioStream` for a microphone, as the device check uses it: for its volume. */
export class EmulatedLocalAudioStream implements LocalAudioStreamSurface {
  private opened: Promise<MediaStream> | undefined;
  private volume: Promise<EmulatedVolume> | undefined;
  private disposed = false;

  constructor(private readonly source: AudioDeviceInfo) {}

  getVolume(): Promise<VolumeSurface> {
    this.volume ??= this.media().then((stream) => {
      const volume = new EmulatedVolume(new AudioContext(), stream);
      if (this.disposed) volume.close();
      return volume;
    });
    return this.volume;
  }

  dispose(): void {
    this.disposed = true;
    void this.volume?.then((volume) => volume.close()).catch(() => undefined);
    void this.opened?.then((stream) => stream.getTracks().forEach((track) => track.stop())).catch(() => undefined);
  }

  private media(): Promise<MediaStream> {
    this.opened ??= navigator.mediaDevices.getUserMedia({
      audio: { deviceId: { exact: browserIdOf(this.source.id) } },
    });
    return this.opened;
  }
}
