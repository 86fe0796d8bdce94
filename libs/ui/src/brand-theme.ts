import { createDarkTheme, createLightTheme, type BrandVariants, type Theme } from '@fluentui/react-components';
import { contrastRatio, rgbOf } from '@portico/domain';

const shades = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160] as const;

const mix = (hex: string, toward: number, amount: number): string =>
  `#${rgbOf(hex)
    .map((channel) =>
      Math.round(channel + (toward - channel) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/**
 * A Fluent brand ramp from one colour: the colour itself at 80 (where Fluent takes the primary
 * colour of a light theme), darker towards 10 and lighter towards 160.
 */
export function brandRamp(colour: string): BrandVariants {
  const ramp = Object.fromEntries(
    shades.map((shade) => {
      if (shade < 80) return [shade, mix(colour, 0, ((80 - shade) / 70) * 0.9)];
      if (shade > 80) return [shade, mix(colour, 255, ((shade - 80) / 80) * 0.85)];
      return [shade, colour.toLowerCase()];
    }),
  );
  return ramp as unknown as BrandVariants;
}

/** The portal's light and dark themes, and the call stage's (always dark: video reads best on it). */
export interface BrandThemes {
  readonly light: Theme;
  readonly dark: Theme;
}

export function brandThemes(colour: string): BrandThemes {
  const ramp = brandRamp(colour);
  const dark = createDarkTheme(ramp);
  // Fluent's dark theme writes brand text (links, selected items) in shade 100, which a dark brand
  // colour leaves too dark to read on the dark surfaces; the first shade that is readable on all of
  // them is used instead.
  const surfaces = [dark.colorNeutralBackground1, dark.colorNeutralBackground2, dark.colorNeutralBackground3];
  const readable =
    lighterShades.map((shade) => ramp[shade]).find((hex) => surfaces.every((s) => contrastRatio(hex, s) >= 4.5)) ??
    '#ffffff';
  const brandText = {
    colorBrandForeground1: readable,
    colorBrandForeground2: readable,
    colorBrandForegroundLink: readable,
    colorBrandForegroundLinkHover: readable,
    colorBrandForegroundLinkPressed: readable,
    colorBrandForegroundLinkSelected: readable,
    colorCompoundBrandForeground1: readable,
  };
  return { light: createLightTheme(ramp), dark: { ...dark, ...brandText } };
}

const lighterShades = [100, 110, 120, 130, 140, 150, 160] as const;
