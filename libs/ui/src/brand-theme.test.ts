import { contrastRatio } from '@portico/domain';
import { brandRamp, brandThemes } from './brand-theme';

describe('brandRamp', () => {
  it('puts the brand colour at 80, darker below and lighter above', () => {
    const ramp = brandRamp('#5B2C83');
    expect(ramp[80]).toBe('#5b2c83');
    const darkness = (hex: string) => contrastRatio(hex, '#ffffff');
    const shades = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160] as const;
    for (let i = 1; i < shades.length; i++)
      expect(darkness(ramp[shades[i] ?? 80])).toBeLessThan(darkness(ramp[shades[i - 1] ?? 80]));
    expect(ramp[160]).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('writes brand text in the dark theme in a shade readable on its dark surfaces', () => {
    for (const colour of ['#007A8A', '#5b2c83', '#0f1f4a']) {
      const { dark } = brandThemes(colour);
      for (const surface of [dark.colorNeutralBackground1, dark.colorNeutralBackground3])
        expect(contrastRatio(dark.colorBrandForegroundLink, surface)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives the light theme the brand colour as its primary background', () => {
    expect(brandThemes('#5b2c83').light.colorBrandBackground).toBe('#5b2c83');
  });
});
