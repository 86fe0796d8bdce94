import { expect, test } from './test';
import { keepScreenshot, openJoinPage, signInAs, windowSizes } from './call-pages';
import { expectNoSeriousAccessibilityViolations, portalUrl } from './portal';

test.describe('the brand, from configuration', () => {
  test('the icon and the web manifest carry the brand, and every page links them', async ({ page }) => {
    await page.goto(portalUrl('/'));
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/brand/icon.svg');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#007A8A');

    const manifest = await page.request.get(portalUrl('/manifest.webmanifest'));
    expect(manifest.status()).toBe(200);
    expect(await manifest.json()).toMatchObject({
      name: 'Portico',
      theme_color: '#007A8A',
      icons: [{ src: '/brand/icon.svg', type: 'image/svg+xml' }],
    });
    const icon = await page.request.get(portalUrl('/brand/icon.svg'));
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
    const svg = await icon.text();
    expect(svg).toContain('fill="#007A8A"');
    expect(svg).toContain('>P</text>');
  });

  test('a person who asks for a dark theme gets one, readable on every page they visit', async ({ browser }) => {
    const guest = await signInAs(browser, 'jane.doe@example.com', { colorScheme: 'dark', viewport: windowSizes.phone });
    await guest.goto(portalUrl('/appointments'));
    await expect(guest.locator('.fluent-root')).toHaveAttribute('data-theme', 'dark');
    const background = await guest
      .locator('.fluent-root')
      .evaluate((root) => getComputedStyle(root).backgroundColor.match(/\d+/g)?.map(Number) ?? []);
    expect(Math.max(...background.slice(0, 3))).toBeLessThan(80);
    await expectNoSeriousAccessibilityViolations(guest);
    await keepScreenshot(guest, 'dark-theme-appointments-phone');
    await openJoinPage(guest, 'Intake consultation');
    await expect(guest.getByRole('button', { name: 'Join now' })).toBeEnabled({ timeout: 20_000 });
    await expectNoSeriousAccessibilityViolations(guest);
    await keepScreenshot(guest, 'dark-theme-join-phone');
  });
});
