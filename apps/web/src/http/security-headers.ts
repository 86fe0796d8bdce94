/** What the headers of one response depend on. */
export interface SecurityHeaderOptions {
  /** This response's CSP nonce: fresh, unpredictable, base64. */
  readonly nonce: string;
  readonly pathname: string;
  /** Next's development server needs eval and its hot-reload socket; a build needs neither. */
  readonly development: boolean;
  /** Served over https (production), so the browser upgrades any http URL left in a page. */
  readonly https: boolean;
  /** Where the browser may connect besides the portal: the call and chat services. */
  readonly connectSources: readonly string[];
}

/**
 * The hosts the ACS calling and chat SDKs reach from the browser (ACS's published network
 * requirements), over https and secure WebSockets.
 */
export const acsConnectSources: readonly string[] = [
  '*.communication.azure.com',
  '*.skype.com',
  '*.teams.microsoft.com',
  '*.microsoft.com',
  '*.office.com',
  '*.azure.net',
].flatMap((host) => [`https://${host}`, `wss://${host}`]);

// Camera, microphone and screen sharing only where a call happens: the guest's join page and the
// staff member's local call page.
const callPages = [/^\/appointments\/[^/]+\/join$/, /^\/staff\/appointments\/[^/]+\/call$/];

/** Whether the page holds a call, and so may use the camera, microphone and screen capture. */
export function isCallPage(pathname: string): boolean {
  return callPages.some((page) => page.test(pathname));
}

/**
 * The security headers of every page. The CSP allows scripts only with this response's nonce (and
 * what they load, `strict-dynamic`); styles may be inline because Fluent UI writes its styles at run
 * time. No framing, no referrer (personal links carry a token in the path), HSTS for two years.
 */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const media = isCallPage(options.pathname) ? '(self)' : '()';
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob: mediastream:",
    "worker-src 'self' blob:",
    ['connect-src', "'self'", ...options.connectSources, ...(options.development ? ['ws://127.0.0.1:*'] : [])].join(
      ' ',
    ),
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
