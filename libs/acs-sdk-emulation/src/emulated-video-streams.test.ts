import { EmulatedRemoteVideoStream } from './emulated-video-streams';

const mediaWith = (readyState: MediaStreamTrackState) =>
  ({ getVideoTracks: () => [{ readyState }] }) as unknown as MediaStream;

describe('EmulatedRemoteVideoStream', () => {
  it('adopts the media of a new connection, going unavailable first so a view is made again', async () => {
    const old = mediaWith('ended');
    const fresh = mediaWith('live');
    const stream = new EmulatedRemoteVideoStream(1, 'Video', old);
    stream.setAvailable(true);
    const seen: boolean[] = [];
    stream.on('isAvailableChanged', () => seen.push(stream.isAvailable));

    stream.adopt(old);
    expect(seen).toEqual([]);

    stream.adopt(fresh);
    expect(seen).toEqual([false]);
    expect(await stream.media()).toBe(fresh);
    expect(stream.hasVideo()).toBe(true);
  });
});
