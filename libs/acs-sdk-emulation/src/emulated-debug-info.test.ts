import { EmulatedDebugInfo } from './emulated-debug-info';

const info = (userAgent: string) => new EmulatedDebugInfo(userAgent).getEnvironmentInfo();

describe('EmulatedDebugInfo', () => {
  it('supports recent Chrome, Edge, Firefox and Safari, on a computer and a phone', async () => {
    for (const userAgent of [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:140.0) Gecko/20100101 Firefox/140.0',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
    ])
      expect(await info(userAgent)).toMatchObject({ isSupportedEnvironment: true });
  });

  it('names what is not supported: an old version, another browser', async () => {
    expect(
      await info(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.88 Safari/537.36',
      ),
    ).toMatchObject({
      environment: { browser: 'Chrome', browserVersion: '79' },
      isSupportedBrowser: true,
      isSupportedBrowserVersion: false,
      isSupportedEnvironment: false,
    });
    expect(await info('Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko')).toMatchObject({
      isSupportedPlatform: true,
      isSupportedBrowser: false,
      isSupportedEnvironment: false,
    });
    expect(
      await info(
        'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
      ),
    ).toMatchObject({ environment: { browser: 'Other' }, isSupportedBrowser: false });
  });
});
