import type { VideoView } from './call-driver';

/**
 * Keeps one `VideoView` per stream across a driver's reports, so that when the roster or someone's
 * mute changes, the stage keeps its rendered videos instead of attaching every one again.
 */
export class VideoViewCache {
  private views = new Map<string, VideoView>();

  /** The freshly listed views, with the ones already known replaced by their earlier instance. */
  reuse(fresh: readonly VideoView[]): VideoView[] {
    const next = new Map<string, VideoView>();
    for (const view of fresh) {
      const key = `${view.id}|${view.kind}`;
      next.set(key, this.views.get(key) ?? view);
    }
    this.views = next;
    return [...next.values()];
  }
}
