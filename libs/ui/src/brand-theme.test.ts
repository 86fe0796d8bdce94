import { porticoLightTheme } from './brand-theme';
import { contrastRatio } from './contrast-ratio';

describe('the brand theme', () => {
  it('uses the brand colour for primary actions', () => {
    expect(porticoLightTheme.colorBrandBackground).toBe('#007A8A');
  });

  it.each([
    ['text on a primary button', 'colorNeutralForegroundOnBrand', 'colorBrandBackground'],
    ['text on a hovered primary button', 'colorNeutralForegroundOnBrand', 'colorBrandBackgroundHover'],
    ['brand-coloured text and links on the page', 'colorBrandForeground1', 'colorNeutralBackground1'],
    ['link text', 'colorBrandForegroundLink', 'colorNeutralBackground1'],
  ] as const)('gives %s at least the 4.5:1 contrast WCAG AA asks of normal text', (_name, foreground, background) => {
    expect(contrastRatio(porticoLightTheme[foreground], porticoLightTheme[background])).toBeGreaterThanOrEqual(4.5);
  });
});
