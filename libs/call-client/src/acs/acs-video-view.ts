import type { VideoView } from '../call/call-driver';
import type { AcsSdk, LocalVideoStreamSurface, RemoteVideoStreamSurface } from './acs-sdk';

export interface AcsVideoViewOptions {
  readonly id: string;
  /** `local` for the person's own camera or screen. */
  readonly participantId: string;
  readonly kind: 'camera' | 'screen';
  readonly stream: LocalVideoStreamSurface | RemoteVideoStreamSurface;
  /** Runs after the view is removed: a preview's stream is the view's own to dispose. */
  readonly onDetached?: () => void;
}

/** A video the UI can place, drawn by the SDK's `VideoStreamRenderer` into the UI's container. */
export function acsVideoView(sdk: AcsSdk, options: AcsVideoViewOptions): VideoView {
  const { id, participantId, kind, stream } = options;
  return {
    id,
    participantId,
    kind,
    attach(container) {
      const renderer = sdk.createRenderer(stream);
      let detached = false;
      void renderer
        .createView({
          scalingMode: kind === 'screen' ? 'Fit' : 'Crop',
          // The person's own camera is shown as a mirror, as every video app does; a shared screen never.
          isMirrored: participantId === 'local' && kind === 'camera',
        })
        .then((view) => (detached ? undefined : container.append(view.target)))
        .catch(() => undefined);
      return () => {
        detached = true;
        renderer.dispose();
        options.onDetached?.();
      };
    },
  };
}
