import type {
  CreateViewOptions,
  MediaStreamType,
  VideoDeviceInfo,
  VideoEffectProcessor,
} from '@azure/communication-calling';
import type {
  AcsFeatures,
  LocalVideoStreamSurface,
  RemoteVideoStreamSurface,
  VideoEffectsSurface,
  VideoStreamRendererSurface,
} from '@portico/call-client/acs-driver';
import { browserIdOf } from './emulated-device-manager';
import { EffectPipeline } from './emulated-effect-pipeline';
import { backgroundImageOf } from './emulated-effects';
import { Listeners } from './listeners';

/** A video the emulation can show: its browser `MediaStream`, opened when first needed. */
interface HasMediaStream {
  media(): Promise<MediaStream>;
}

/** The SDK's `LocalVideoStream`: a camera by device id, or the screen the person shares. */
export class EmulatedLocalVideoStream implements LocalVideoStreamSurface, HasMediaStream {
  private opened: Promise<MediaStream> | undefined;
  private readonly listeners = new Listeners();
  private effect: VideoEffectProcessor | undefined;
  private pipeline: EffectPipeline | undefined;
  private builds = 0;

  constructor(
    private current: VideoDeviceInfo,
    readonly mediaStreamType: MediaStreamType = 'Video',
    screen?: MediaStream,
  ) {
    if (screen) this.opened = Promise.resolve(screen);
  }

  get source(): VideoDeviceInfo {
    return this.current;
  }

  /** What is shown and sent: the camera, or the camera through the chosen effect. */
  async media(): Promise<MediaStream> {
    const camera = await this.camera();
    return this.pipeline?.stream ?? camera;
  }

  private camera(): Promise<MediaStream> {
    this.opened ??= navigator.mediaDevices.getUserMedia({
      video: { deviceId: { exact: browserIdOf(this.current.id) } },
    });
    return this.opened;
  }

  feature(_factory: AcsFeatures['VideoEffects']): VideoEffectsSurface {
    return {
      isSupported: (effect) => effect.isSupported(),
      startEffects: (effect) => this.useEffect(effect),
      stopEffects: () => this.useEffect(undefined),
    };
  }

  /** Puts the effect on (or takes it off) what the stream shows and sends, as the SDK's effects do. */
  private async useEffect(effect: VideoEffectProcessor | undefined): Promise<void> {
    if (effect && !(await effect.isSupported())) throw new Error(`${effect.name} does not run in this browser.`);
    this.effect = effect;
    await this.rebuildPipeline();
    this.listeners.emit('videoSourceChanged');
  }

  private async rebuildPipeline(): Promise<void> {
    this.pipeline?.stop();
    this.pipeline = undefined;
    const effect = this.effect;
    const build = ++this.builds;
    if (!effect) return;
    const camera = await this.camera();
    // A later rebuild (another effect, another camera) started meanwhile: it makes the pipeline.
    if (build !== this.builds) return;
    const image = backgroundImageOf(effect);
    this.pipeline = new EffectPipeline(camera, image === undefined ? { kind: 'blur' } : { kind: 'image', url: image });
  }

  /** Opens the new camera first, so a camera that fails leaves the old one showing and sent. */
  async switchSource(source: VideoDeviceInfo): Promise<void> {
    if (source.id === this.current.id) return;
    const next = await navigator.mediaDevices.getUserMedia({ video: { deviceId: { exact: browserIdOf(source.id) } } });
    this.dispose();
    this.current = source;
    this.opened = Promise.resolve(next);
    await this.rebuildPipeline();
    this.listeners.emit('videoSourceChanged');
  }

  dispose(): void {
    this.pipeline?.stop();
    this.pipeline = undefined;
    void this.opened?.then((stream) => stream.getTracks().forEach((track) => track.stop())).catch(() => undefined);
    this.opened = undefined;
  }

  on(event: 'videoSourceChanged', listener: () => void): void {
    this.listeners.on(event, listener);
  }

  off(event: 'videoSourceChanged', listener: () => void): void {
    this.listeners.off(event, listener);
  }
}

/** The SDK's `RemoteVideoStream`: one video another participant sends, available or not. */
export class EmulatedRemoteVideoStream implements RemoteVideoStreamSurface, HasMediaStream {
  private readonly listeners = new Listeners();
  private available = false;

  constructor(
    readonly id: number,
    readonly mediaStreamType: MediaStreamType,
    private stream: MediaStream,
  ) {}

  get isAvailable(): boolean {
    return this.available;
  }

  /**
   * The same video, received again over a new connection. It goes unavailable first, so a view
   * showing the old media is replaced by one of the new when it becomes available again.
   */
  adopt(stream: MediaStream): void {
    if (stream === this.stream) return;
    this.setAvailable(false);
    this.stream = stream;
  }

  /** Called by the call when the roster or the tracks change. */
  setAvailable(available: boolean): void {
    if (available === this.available) return;
    this.available = available;
    this.listeners.emit('isAvailableChanged');
  }

  media(): Promise<MediaStream> {
    return Promise.resolve(this.stream);
  }

  hasVideo(): boolean {
    return this.stream.getVideoTracks().some((track) => track.readyState === 'live');
  }

  on(event: 'isAvailableChanged', listener: () => void): void {
    this.listeners.on(event, listener);
  }

  off(event: 'isAvailableChanged', listener: () => void): void {
    this.listeners.off(event, listener);
  }
}

/** The SDK's `VideoStreamRenderer`: renders a stream into a `<video>` the UI places. */
export class EmulatedVideoStreamRenderer implements VideoStreamRendererSurface {
  /** Each view's removal, by its video element. */
  private readonly views = new Map<HTMLVideoElement, () => void>();

  constructor(private readonly stream: LocalVideoStreamSurface | RemoteVideoStreamSurface) {}

  async createView(options?: CreateViewOptions): Promise<{ readonly target: HTMLElement; dispose(): void }> {
    const video = document.createElement('video');
    video.autoplay = true;
    video.playsInline = true;
    video.muted = true;
    video.style.width = '100%';
    video.style.height = '100%';
    video.style.objectFit = options?.scalingMode === 'Fit' ? 'contain' : 'cover';
    if (options?.isMirrored) video.style.transform = 'scaleX(-1)';
    // Play once media is there as well: a remote track can be unmuted only after the view is placed.
    const play = () => void video.play().catch(() => undefined);
    video.addEventListener('loadedmetadata', play);
    video.addEventListener('canplay', play);
    video.srcObject = await mediaOf(this.stream);
    play();
    const target = document.createElement('div');
    target.style.width = '100%';
    target.style.height = '100%';
    target.append(video);
    // A switched camera keeps its views, as the SDK's renderer does.
    const local = this.stream instanceof EmulatedLocalVideoStream ? this.stream : undefined;
    const switched = () => void local?.media().then((media) => (video.srcObject = media));
    local?.on('videoSourceChanged', switched);
    const remove = () => {
      local?.off('videoSourceChanged', switched);
      video.srcObject = null;
      target.remove();
      this.views.delete(video);
    };
    this.views.set(video, remove);
    return { target, dispose: remove };
  }

  dispose(): void {
    for (const remove of [...this.views.values()]) remove();
  }
}

function mediaOf(stream: LocalVideoStreamSurface | RemoteVideoStreamSurface): Promise<MediaStream> {
  if (stream instanceof EmulatedLocalVideoStream || stream instanceof EmulatedRemoteVideoStream) return stream.media();
  return Promise.reject(new Error('The emulation renders only the streams it made.'));
}
