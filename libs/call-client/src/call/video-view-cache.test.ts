import type { VideoView } from './call-driver';
import { VideoViewCache } from './video-view-cache';

const view = (id: string, kind: 'camera' | 'screen' = 'camera'): VideoView => ({
  id,
  participantId: id.split(':')[0] ?? '',
  kind,
  attach: () => () => undefined,
});

describe('VideoViewCache', () => {
  it('gives back the earlier instance of a view it already knows, and new ones as they come', () => {
    const cache = new VideoViewCache();
    const first = cache.reuse([view('a:1'), view('b:1')]);
    const second = cache.reuse([view('a:1'), view('b:1'), view('c:1')]);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]?.id).toBe('c:1');
  });

  it('forgets views that are gone, and tells a stream shown as a screen from the same stream as a camera', () => {
    const cache = new VideoViewCache();
    const [camera] = cache.reuse([view('a:1')]);
    cache.reuse([]);
    expect(cache.reuse([view('a:1')])[0]).not.toBe(camera);
    const [again] = cache.reuse([view('a:1', 'screen')]);
    expect(again?.kind).toBe('screen');
  });
});
