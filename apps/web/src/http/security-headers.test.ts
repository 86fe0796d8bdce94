import { acsConnectSources, isCallPage, securityHeaders } from './security-headers';

const production = { nonce: 'bm9uY2U=', development: false, https: true, callConnectSources: acsConnectSources };
const directives = (csp: string | undefined) =>
  Object.fromEntries((csp ?? '').split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

describe('securityHeaders', () => {
  it('allows scripts only with the nonce in production, never framing, with HSTS and no referrer', () => {
    const headers = securityHeaders({ ...production, pathname: '/appointments' });
    const csp = directives(headers['content-security-policy']);
    expect(csp['script-src']).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(csp['frame-ancestors']).toBe("'none'");
    expect(csp['object-src']).toBe("'none'");
    // Pages without a call reach nothing but the portal.
    expect(csp['connect-src']).toBe("'self'");
    expect(csp).toHaveProperty('upgrade-insecure-requests');
    expect(headers).toMatchObject({
      'strict-transport-security': 'max-age=63072000; includeSubDomains',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
  });

  it("allows images from the portal, and from the brand logo's origin only when one is configured", () => {
    const plain = directives(securityHeaders({ ...production, pathname: '/' })['content-security-policy']);
    expect(plain['img-src']).toBe("'self' data: blob:");
    const branded = directives(
      securityHeaders({ ...production, pathname: '/', imageSources: ['https://cdn.example.org'] })[
        'content-security-policy'
      ],
    );
    expect(branded['img-src']).toBe("'self' data: blob: https://cdn.example.org");
  });

  it('lets the calling SDK compile WebAssembly on call pages only, and reach its hosts', () => {
    const join = directives(
      securityHeaders({ ...production, pathname: '/appointments/a-1/join' })['content-security-policy'],
    );
    expect(join['script-src']).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic' 'wasm-unsafe-eval'");
    expect(join['worker-src']).toBe("'self' blob:");
    for (const host of ['*.skype.com', '*.microsoft.com', '*.cloud.microsoft', '*.azure.com']) {
      expect(join['connect-src']).toContain(`https://${host}`);
      expect(join['connect-src']).toContain(`wss://${host}`);
    }
  });

  it('lets only call pages use the camera, microphone and screen capture', () => {
    expect(securityHeaders({ ...production, pathname: '/appointments/a-1' })['permissions-policy']).toMatch(
      /^camera=\(\), microphone=\(\), display-capture=\(\)/,
    );
    for (const page of ['/appointments/a-1/join', '/staff/appointments/a-1/call', '/local/acs-sdk-check']) {
      expect(isCallPage(page)).toBe(true);
      expect(securityHeaders({ ...production, pathname: page })['permissions-policy']).toMatch(
        /^camera=\(self\), microphone=\(self\), display-capture=\(self\)/,
      );
    }
    expect(isCallPage('/appointments/a-1/join/extra')).toBe(false);
  });

  it('allows what next dev needs only in development', () => {
    const csp = directives(
      securityHeaders({ ...production, development: true, https: false, pathname: '/', callConnectSources: [] })[
        'content-security-policy'
      ],
    );
    expect(csp['script-src']).toContain("'unsafe-eval'");
    expect(csp['connect-src']).toBe("'self' ws://127.0.0.1:*");
    expect(csp).not.toHaveProperty('upgrade-insecure-requests');
  });

  it('gives a local production build the production script policy, without upgrading its plain http', () => {
    const local = { ...production, https: false, callConnectSources: ['ws://127.0.0.1:7180'] };
    const csp = directives(
      securityHeaders({ ...local, pathname: '/appointments/a-1/join' })['content-security-policy'],
    );
    expect(csp['script-src']).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic' 'wasm-unsafe-eval'");
    expect(csp['connect-src']).toBe("'self' ws://127.0.0.1:7180");
    expect(csp).not.toHaveProperty('upgrade-insecure-requests');
  });
});
