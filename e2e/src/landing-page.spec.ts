import { expect, test } from './test';
import { expectNoSeriousAccessibilityViolations, portalUrl } from './portal';

test.describe('the landing page', () => {
  test("shows the brand and the way to one's appointments, accessibly", async ({ page }) => {
    await page.goto(portalUrl('/'));
    await expect(page).toHaveTitle('Portico');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your appointments, online');
    await expect(page.getByRole('link', { name: 'See my appointments' })).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page);
  });

  test('sends each page its title in the head, before the page, for every browser', async ({ page }) => {
    for (const [path, title] of [
      ['/', 'Portico'],
      ['/sign-in', /· Portico$/],
      ['/staff/sign-in', /· Portico$/],
      ['/privacy', /· Portico$/],
    ] as const) {
      const html = await (await page.request.get(portalUrl(path))).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const inHead = /<title>([^<]+)<\/title>/.exec(head)?.[1];
      expect(inHead, path).toMatch(title);
    }
  });

  test('speaks Dutch to a Dutch browser', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(portalUrl('/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw afspraken, online');
    await expectNoSeriousAccessibilityViolations(page);
    await context.close();
  });

  test('links the privacy notice from every page, in the person’s language', async ({ browser, page }) => {
    for (const path of ['/', '/appointments', '/staff/sign-in']) {
      await page.goto(portalUrl(path));
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' })).toHaveAttribute(
        'href',
        '/privacy',
      );
    }
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Portico keeps what it needs to let you join your appointments');
    await expectNoSeriousAccessibilityViolations(page);
    const dutch = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await dutch.goto(portalUrl('/privacy'));
    await expect(dutch.getByRole('heading', { level: 1, name: 'Privacyverklaring' })).toBeVisible();
  });

  test('offers a skip link as the first stop for keyboard users', async ({ page }) => {
    await page.goto(portalUrl('/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('fits a phone screen without sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(portalUrl('/'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('gives a heading that wraps on a phone room for each of its lines', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(portalUrl('/appointments'));
    const heading = page.getByRole('heading', { level: 1 });
    const { lineHeight, fontSize, height } = await heading.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        lineHeight: parseFloat(style.lineHeight),
        fontSize: parseFloat(style.fontSize),
        height: element.getBoundingClientRect().height,
      };
    });
    // It wraps here (two lines or more), and each line is at least as tall as the letters.
    expect(height).toBeGreaterThan(1.5 * lineHeight);
    expect(lineHeight).toBeGreaterThanOrEqual(fontSize);
    await context.close();
  });
});
