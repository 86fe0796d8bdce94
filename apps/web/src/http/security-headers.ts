/** What the headers of one response depend on. */
export interface SecurityHeaderOptions {
  /** This response's CSP nonce: fresh, unpredictable, base64. */
  readonly nonce: string;
  readonly pathname: string;
  /** Next's development server needs eval and its hot-reload socket; a build needs neither. */
  readonly development: boolean;
  /** Served over https (production), so the browser upgrades any http URL left in a page. */
  readonly https: boolean;
  /** Where a call page may connect besides the portal: the call and chat services. */
  readonly callConnectSources: readonly string[];
  /** Where images may come from besides the portal: the brand's logo, if it is elsewhere. */
  readonly imageSources?: readonly string[];
}

/**
 * The hosts the ACS calling and chat SDKs reach from the browser, over https and secure WebSockets:
 * ACS's published network requirements (`*.skype.com`, `*.microsoft.com`, `*.azure.net`,
 * `*.azure.com`, which covers the chat service on the resource's own `*.communication.azure.com`
 * endpoint, and `*.office.com`), and the hosts the calling SDK 2.0 bundle names that those miss
 * (`*.cloud.microsoft`: its media broker).
 */
export const acsConnectSources: readonly string[] = [
  '*.skype.com',
  '*.microsoft.com',
  '*.cloud.microsoft',
  '*.office.com',
  '*.azure.net',
  '*.azure.com',
].flatMap((host) => [`https://${host}`, `wss://${host}`]);

// Camera, microphone and screen sharing only where a call happens: the guest's join page, the staff
// member's local call page, and the local check of the calling SDK.
const callPages = [/^\/appointments\/[^/]+\/join$/, /^\/staff\/appointments\/[^/]+\/call$/, /^\/local\/acs-sdk-check$/];

/** Whether the page holds a call, and so may use the camera, microphone and screen capture. */
export function isCallPage(pathname: string): boolean {
  return callPages.some((page) => page.test(pathname));
}

/**
 * The security headers of every page. The CSP allows scripts only with this response's nonce (and
 * what they load, `strict-dynamic`); styles may be inline because Fluent UI writes its styles at run
 * time. No framing, no referrer (personal links carry a token in the path), HSTS for two years.
 * Only call pages may reach the call and chat services.
 */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const callPage = isCallPage(options.pathname);
  const media = callPage ? '(self)' : '()';
  // The calling SDK compiles WebAssembly (audio processing, video effects) on the call pages.
  const wasm = callPage ? " 'wasm-unsafe-eval'" : '';
  const connectSources = [
    "'self'",
    ...(callPage ? options.callConnectSources : []),
    ...(options.development ? ['ws://127.0.0.1:*'] : []),
  ];
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${wasm}${options.development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...(options.imageSources ?? [])].join(' '),
    "font-src 'self' data:",
    "media-src 'self' blob: mediastream:",
    "worker-src 'self' blob:",
    ['connect-src', ...connectSources].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  return {
    'content-security-policy': csp,
    'strict-transport-security': 'max-age=63072000; includeSubDomains',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'permissions-policy': `camera=${media}, microphone=${media}, display-capture=${media}, geolocation=(), payment=(), usb=()`,
  };
}
