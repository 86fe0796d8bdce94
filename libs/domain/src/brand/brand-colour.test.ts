import { brandColourProblem, contrastRatio } from './brand-colour';

describe('brand colour', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#007a8a', '#ffffff')).toBeCloseTo(5.06, 2);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#FFFFFF', '#767676')).toBeCloseTo(4.54, 2);
    expect(() => contrastRatio('red', '#FFFFFF')).toThrow('Not a #rrggbb colour: red');
  });

  it('takes a dark enough #rrggbb colour, and says why it refuses any other', () => {
    expect(brandColourProblem('#007A8A')).toBeUndefined();
    expect(brandColourProblem('#5b2c83')).toBeUndefined();
    expect(brandColourProblem('teal')).toBe('must be a colour written #rrggbb');
    expect(brandColourProblem('#07a')).toBe('must be a colour written #rrggbb');
    expect(brandColourProblem('#ffd400')).toMatch(
      /^white text on it has a contrast of 1\.\d\d:1; it needs at least 4\.5:1/,
    );
  });
});
