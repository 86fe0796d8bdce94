import { keepScreenAwake, type ScreenWakeLock } from './keep-screen-awake';

class FakePage {
  visibilityState: DocumentVisibilityState = 'visible';
  private readonly listeners = new Set<() => void>();
  addEventListener(_type: string, listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: string, listener: () => void) {
    this.listeners.delete(listener);
  }
  show(state: DocumentVisibilityState) {
    this.visibilityState = state;
    for (const listener of this.listeners) listener();
  }
  get listening() {
    return this.listeners.size;
  }
}

/** A wake lock that the "browser" drops when the page hides, as real ones are. */
function fakeWakeLock(refuse = false) {
  const locks: { released: boolean; release(): Promise<void> }[] = [];
  const api: ScreenWakeLock = {
    request: async () => {
      if (refuse) throw new DOMException('Battery saver is on', 'NotAllowedError');
      const lock = {
        released: false,
        release: async () => {
          lock.released = true;
        },
      };
      locks.push(lock);
      return lock;
    },
  };
  const held = () => locks.filter((lock) => !lock.released).length;
  return { api, locks, held };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('keepScreenAwake', () => {
  it('holds one screen lock while the call lasts and lets it go at the end', async () => {
    const page = new FakePage();
    const wakeLock = fakeWakeLock();
    const stop = keepScreenAwake(wakeLock.api, page as unknown as Document);
    await settle();
    expect(wakeLock.held()).toBe(1);
    page.show('visible');
    await settle();
    expect(wakeLock.locks).toHaveLength(1);
    stop();
    await settle();
    expect(wakeLock.held()).toBe(0);
    expect(page.listening).toBe(0);
  });

  it('takes the lock again when the page shows after the browser dropped it', async () => {
    const page = new FakePage();
    const wakeLock = fakeWakeLock();
    const stop = keepScreenAwake(wakeLock.api, page as unknown as Document);
    await settle();
    wakeLock.locks[0]?.release();
    page.show('hidden');
    await settle();
    expect(wakeLock.held()).toBe(0);
    page.show('visible');
    await settle();
    expect(wakeLock.held()).toBe(1);
    stop();
  });

  it('goes on without a lock where the browser has none or refuses one', async () => {
    const page = new FakePage();
    expect(() => keepScreenAwake(undefined, page as unknown as Document)()).not.toThrow();
    const refusing = fakeWakeLock(true);
    const stop = keepScreenAwake(refusing.api, page as unknown as Document);
    await settle();
    expect(refusing.held()).toBe(0);
    stop();
  });

  it('lets go of a lock granted after the call ended', async () => {
    const page = new FakePage();
    const wakeLock = fakeWakeLock();
    const stop = keepScreenAwake(wakeLock.api, page as unknown as Document);
    stop();
    await settle();
    expect(wakeLock.locks).toHaveLength(1);
    expect(wakeLock.held()).toBe(0);
  });
});
