import { hasHiddenCharacters, hasHiddenCharactersInLines, withoutHiddenCharacters } from './hidden-characters';

describe('hidden characters', () => {
  it('finds controls, bidi overrides and zero-width characters in one-line text', () => {
    for (const text of [
      'Intake\r\nBcc: eve@example.com',
      'Jane\u202eeod',
      'a\u200bb',
      'nul\u0000',
      'c1\u0085',
      '\ufeffbom',
    ])
      expect(hasHiddenCharacters(text)).toBe(true);
    for (const text of ['line\u2028break', 'soft\u00adhyphen', 'tag\u{E0041}', 'anchor\ufff9'])
      expect(hasHiddenCharacters(text)).toBe(true);
    for (const text of ['Intake', 'Zoë Bakker-Ødegård', '日本語の予約', 'O’Brien (2nd)', 'می\u200cخواهم', '👩\u200d⚕️'])
      expect(hasHiddenCharacters(text)).toBe(false);
  });

  it('lets a note keep its line breaks and tabs, but nothing else hidden', () => {
    expect(hasHiddenCharactersInLines('Line one\r\nLine two\tindented')).toBe(false);
    expect(hasHiddenCharactersInLines('bidi \u202e here')).toBe(true);
    expect(hasHiddenCharactersInLines('bell \u0007')).toBe(true);
  });

  it('blanks them out of text from outside', () => {
    expect(withoutHiddenCharacters('Intake\r\nBcc: eve@example.com')).toBe('Intake  Bcc: eve@example.com');
    expect(withoutHiddenCharacters('Jane\u202eeod')).toBe('Jane eod');
    expect(withoutHiddenCharacters('👩\u200d⚕️')).toBe('👩\u200d⚕️');
  });
});
