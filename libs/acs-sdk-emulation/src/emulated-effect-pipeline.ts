/** How often the pipeline draws a frame: enough for a call's video, light on a laptop. */
const framesPerSecond = 15;

/**
 * The emulation's video effect: the camera drawn through a canvas, blurred whole or over the chosen
 * background image. The effects package finds the person and changes only what is behind them; the
 * emulation cannot, so a replacement shows the camera small in front of the image. What it proves is
 * the path: the effect is on the stream that is shown and sent.
 */
export class EffectPipeline {
  readonly stream: MediaStream;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly video = document.createElement('video');

  constructor(
    camera: MediaStream,
    effect: { readonly kind: 'blur' } | { readonly kind: 'image'; readonly url: string },
  ) {
    const canvas = document.createElement('canvas');
    const settings = camera.getVideoTracks()[0]?.getSettings();
    canvas.width = settings?.width ?? 640;
    canvas.height = settings?.height ?? 480;
    const context = canvas.getContext('2d');
    this.video.muted = true;
    this.video.playsInline = true;
    this.video.srcObject = camera;
    void this.video.play().catch(() => undefined);
    const background = effect.kind === 'image' ? new Image() : undefined;
    if (background && effect.kind === 'image') background.src = effect.url;
    this.timer = setInterval(() => {
      if (!context || this.video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return;
      const { width, height } = canvas;
      if (background) {
        if (background.complete) context.drawImage(background, 0, 0, width, height);
        context.drawImage(this.video, width / 4, height / 4, width / 2, height / 2);
      } else {
        context.filter = 'blur(12px)';
        context.drawImage(this.video, 0, 0, width, height);
        context.filter = 'none';
      }
    }, 1000 / framesPerSecond);
    this.stream = canvas.captureStream(framesPerSecond);
  }

  stop(): void {
    clearInterval(this.timer);
    this.video.srcObject = null;
    for (const track of this.stream.getTracks()) track.stop();
  }
}
