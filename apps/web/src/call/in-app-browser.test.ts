import { inAppBrowserOf } from './in-app-browser';

describe('inAppBrowserOf', () => {
  it('sees an app’s own browser: an Android WebView, the iOS Outlook app, Instagram', () => {
    const androidWebView =
      'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP1A.240305.019; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.64 Mobile Safari/537.36';
    const iosWebView =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
    const instagram =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 325.0.0.0.0';
    expect(inAppBrowserOf(androidWebView)).toBeDefined();
    expect(inAppBrowserOf(iosWebView)).toBeDefined();
    expect(inAppBrowserOf(instagram)).toEqual({ appName: 'Instagram' });
  });

  it('lets the browsers a call runs in through', () => {
    for (const browser of [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
    ]) {
      expect(inAppBrowserOf(browser)).toBeUndefined();
    }
  });
});
