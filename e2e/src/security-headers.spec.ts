import { expect, test } from './test';
import { portalUrl, signInAsDemoGuest } from './portal';

test.describe('security headers', () => {
  test('the guest pages carry a nonce CSP, no framing, no referrer, HSTS; only the join page may use the camera', async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Permissions policy/i.test(message.text())) violations.push(message.text());
    });
    await signInAsDemoGuest(page);
    const list = await page.goto(portalUrl('/appointments'));
    const headers = list?.headers() ?? {};
    const csp = headers['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['permissions-policy']).toContain('camera=()');
    // Next.js put this response's nonce on its own scripts (browsers hide it from the DOM, so read the HTML).
    expect(await list?.text()).toContain(`nonce="${nonce}"`);

    const another = await page.goto(portalUrl('/appointments'));
    expect(another?.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`);

    await page
      .getByRole('link', { name: /Intake consultation/ })
      .first()
      .click();
    await page.waitForURL(/\/appointments\/[\w-]+$/);
    const joinPath = `${new URL(page.url()).pathname}/join`;
    const join = await page.goto(portalUrl(joinPath));
    expect(join?.headers()['permissions-policy']).toContain('camera=(self), microphone=(self), display-capture=(self)');
    expect(join?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // The device check runs: the camera preview starts under the join page's policy.
    await expect(page.locator('video').first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});
