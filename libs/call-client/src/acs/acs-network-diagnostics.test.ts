import { networkDiagnostics } from './acs-network-diagnostics';

describe('networkDiagnostics', () => {
  it('reports the worse of send and receive quality', () => {
    const follow = networkDiagnostics();
    expect(follow({ diagnostic: 'networkReceiveQuality', value: 2 }, true)).toEqual({
      type: 'network-quality',
      quality: 'poor',
    });
    expect(follow({ diagnostic: 'networkSendQuality', value: 3 }, true)).toEqual({
      type: 'network-quality',
      quality: 'bad',
    });
    expect(follow({ diagnostic: 'networkSendQuality', value: 1 }, true)).toEqual({
      type: 'network-quality',
      quality: 'poor',
    });
    expect(follow({ diagnostic: 'networkReceiveQuality', value: 1 }, true)).toEqual({
      type: 'network-quality',
      quality: 'good',
    });
  });

  it('turns a reconnect into reconnecting (Poor or Bad) and connected (Good), once the call was connected', () => {
    const follow = networkDiagnostics();
    expect(follow({ diagnostic: 'networkReconnect', value: 2 }, false)).toBeUndefined();
    expect(follow({ diagnostic: 'networkReconnect', value: 2 }, true)).toEqual({ type: 'reconnecting' });
    expect(follow({ diagnostic: 'networkReconnect', value: 3 }, true)).toEqual({ type: 'reconnecting' });
    expect(follow({ diagnostic: 'networkReconnect', value: 1 }, true)).toEqual({ type: 'connected' });
  });

  it('ignores diagnostics it does not show and values that are not a quality', () => {
    const follow = networkDiagnostics();
    expect(follow({ diagnostic: 'noNetwork', value: true }, true)).toBeUndefined();
    expect(follow({ diagnostic: 'networkRelaysNotReachable', value: 3 }, true)).toBeUndefined();
    expect(follow({ diagnostic: 'networkSendQuality', value: 7 }, true)).toBeUndefined();
  });
});
