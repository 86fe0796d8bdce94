/** The part of the Screen Wake Lock API this uses. */
export interface ScreenWakeLock {
  request(type: 'screen'): Promise<{ readonly released: boolean; release(): Promise<void> }>;
}

type VisiblePage = Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;

/**
 * Keeps the screen on during a call, so a phone does not dim and lock while the guest listens. The
 * browser drops the lock whenever the page is hidden; it is taken again when the page shows. Where
 * the browser has no wake lock, or refuses one (battery saver, policy), the call simply goes on.
 * Returns the stop.
 */
export function keepScreenAwake(wakeLock: ScreenWakeLock | undefined, page: VisiblePage): () => void {
  if (!wakeLock) return () => undefined;
  let held: Awaited<ReturnType<ScreenWakeLock['request']>> | undefined;
  let asking = false;
  let stopped = false;
  const take = async () => {
    if (stopped || asking || page.visibilityState !== 'visible' || (held && !held.released)) return;
    asking = true;
    try {
      const lock = await wakeLock.request('screen');
      if (stopped) await lock.release();
      else held = lock;
    } catch {
      // Refused: the screen may dim, nothing else changes.
    } finally {
      asking = false;
    }
  };
  const onVisibility = () => void take();
  page.addEventListener('visibilitychange', onVisibility);
  void take();
  return () => {
    stopped = true;
    page.removeEventListener('visibilitychange', onVisibility);
    if (held && !held.released) void held.release();
  };
}
