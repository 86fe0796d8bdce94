import { initials } from './initials';

describe('initials', () => {
  it('takes the first letters of the first and last words, without what is in brackets', () => {
    expect(initials('Jane Doe (Guest)')).toBe('JD');
    expect(initials('Dr. Ada Visser')).toBe('DV');
    expect(initials('Piet van der Berg (Gast)')).toBe('PB');
    expect(initials('madonna')).toBe('M');
  });

  it('copes with names that are only marks, accents and other scripts', () => {
    expect(initials('Émile Ézard')).toBe('ÉÉ');
    expect(initials('张 伟')).toBe('张伟');
    expect(initials('— (Guest)')).toBe('');
    expect(initials('')).toBe('');
  });
});
