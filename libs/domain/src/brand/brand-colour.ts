/** A colour as `#rrggbb`. */
const hexColour = /^#[0-9a-f]{6}$/i;

/** WCAG 2.2's contrast for text: 4.5:1. The brand colour carries white text on buttons and the header. */
export const minimumTextContrast = 4.5;

export const isHexColour = (value: string): boolean => hexColour.test(value);

/** The colour's red, green and blue, 0–255. */
export function rgbOf(hex: string): readonly [number, number, number] {
  if (!isHexColour(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG's relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Why a configured brand colour cannot be used, or undefined when it can: it must be `#rrggbb`, and
 * white text on it must be readable, since buttons and the header put white text on it.
 */
export function brandColourProblem(value: string): string | undefined {
  if (!isHexColour(value)) return 'must be a colour written #rrggbb';
  const contrast = contrastRatio(value, '#ffffff');
  return contrast < minimumTextContrast
    ? `white text on it has a contrast of ${contrast.toFixed(2)}:1; it needs at least ${minimumTextContrast}:1 (choose a darker colour)`
    : undefined;
}
