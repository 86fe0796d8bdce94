import { oneCallWindow } from './one-call-window';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('oneCallWindow', () => {
  it('tells the other windows of the same call that one is joining, and only them', async () => {
    const heard: string[] = [];
    let clock = 1_000;
    const first = oneCallWindow(
      'appointment-1',
      () => heard.push('first'),
      BroadcastChannel,
      () => clock,
    );
    const second = oneCallWindow(
      'appointment-1',
      () => heard.push('second'),
      BroadcastChannel,
      () => clock,
    );
    const otherCall = oneCallWindow('appointment-2', () => heard.push('other call'), BroadcastChannel);
    second.announceJoin();
    await settle();
    expect(heard).toEqual(['first']);
    clock = 2_000;
    first.announceJoin();
    await settle();
    expect(heard).toEqual(['first', 'second']);
    for (const window of [first, second, otherCall]) window.stop();
  });

  it('ignores what is not its own message, and hears nothing once stopped', async () => {
    const heard: string[] = [];
    const window = oneCallWindow('appointment-3', () => heard.push('left'), BroadcastChannel);
    const stranger = new BroadcastChannel('portico-call:appointment-3');
    stranger.postMessage({ type: 'joining' });
    stranger.postMessage('joining');
    await settle();
    expect(heard).toEqual([]);
    window.stop();
    stranger.postMessage({ type: 'joining', from: 'someone', at: Date.now() });
    await settle();
    expect(heard).toEqual([]);
    stranger.close();
  });

  it('keeps the call in the window that joined last when two join at once', async () => {
    const heard: string[] = [];
    let clock = 1_000;
    const first = oneCallWindow(
      'appointment-5',
      () => heard.push('first'),
      BroadcastChannel,
      () => clock,
    );
    const second = oneCallWindow(
      'appointment-5',
      () => heard.push('second'),
      BroadcastChannel,
      () => clock,
    );
    first.announceJoin();
    clock = 1_001;
    second.announceJoin();
    await settle();
    expect(heard).toEqual(['first']);
    for (const window of [first, second]) window.stop();
  });

  it('coordinates nothing where the browser has no BroadcastChannel', () => {
    const window = oneCallWindow('appointment-4', () => undefined, undefined);
    expect(() => {
      window.announceJoin();
      window.stop();
    }).not.toThrow();
  });
});
