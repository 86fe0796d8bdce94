import { negotiateLocale } from './locale';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,nl;q=0.5,en;q=0.3', 'nl'],
    ['en;q=0.2,nl;q=0.8', 'nl'],
    ['fr', 'en'],
    ['nl;q=0', 'en'],
    [';;;,q=abc,', 'en'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
