import type { EnvironmentInfo } from '@azure/communication-calling';
import type { DebugInfoSurface } from '@portico/call-client/acs-driver';

/** The oldest major version the emulation accepts per browser, standing in for ACS's support matrix. */
const oldestSupported: Readonly<Record<string, number>> = { Chrome: 100, Edge: 100, Firefox: 100, Safari: 15 };

/** The browser and its major version, read from a user agent the way browser support tables name them. */
function browserOf(userAgent: string): { readonly browser: string; readonly version: string } {
  const match = (pattern: RegExp) => pattern.exec(userAgent)?.[1];
  const edge = match(/Edg(?:e|A|iOS)?\/(\d+)/);
  if (edge) return { browser: 'Edge', version: edge };
  const firefox = match(/(?:Firefox|FxiOS)\/(\d+)/);
  if (firefox) return { browser: 'Firefox', version: firefox };
  // Opera and Samsung Internet say "Chrome" too; ACS does not list them.
  if (/OPR\/|SamsungBrowser\//.test(userAgent)) return { browser: 'Other', version: '' };
  const chrome = match(/(?:Chrome|CriOS)\/(\d+)/);
  if (chrome) return { browser: 'Chrome', version: chrome };
  const safari = /Safari\//.test(userAgent) ? match(/Version\/(\d+)/) : undefined;
  if (safari) return { browser: 'Safari', version: safari };
  return { browser: 'Other', version: '' };
}

function platformOf(userAgent: string): string {
  if (/Windows NT/.test(userAgent)) return 'Windows';
  if (/Android/.test(userAgent)) return 'Android';
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'iOS';
  if (/Mac OS X/.test(userAgent)) return 'macOS';
  if (/Linux|CrOS/.test(userAgent)) return 'Linux';
  return 'Other';
}

/**
 * The call client's `DebugInfo` feature: whether ACS supports this environment. The SDK decides from
 * its own support matrix; the emulation reads the user agent with a simpler one (desktop and mobile
 * Chrome, Edge, Firefox and Safari, recent versions), so an unsupported browser can be tested.
 */
export class EmulatedDebugInfo implements DebugInfoSurface {
  constructor(private readonly userAgent: string) {}

  async getEnvironmentInfo(): Promise<EnvironmentInfo> {
    const { browser, version } = browserOf(this.userAgent);
    const platform = platformOf(this.userAgent);
    const isSupportedPlatform = platform !== 'Other';
    const isSupportedBrowser = browser in oldestSupported;
    const isSupportedBrowserVersion = isSupportedBrowser && Number(version) >= (oldestSupported[browser] ?? Infinity);
    return {
      environment: { platform, browser, browserVersion: version },
      isSupportedPlatform,
      isSupportedBrowser,
      isSupportedBrowserVersion,
      isSupportedEnvironment: isSupportedPlatform && isSupportedBrowser && isSupportedBrowserVersion,
    };
  }
}
