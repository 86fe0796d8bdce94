// Controls, format characters (bidi overrides and marks, zero-width spaces, soft hyphens, Unicode
// tags that smuggle invisible ASCII) and line or paragraph separators: what disguises or reorders
// text (U+202E turns "gpj.exe" around) or smuggles a line break into a header ("\r\nBcc: …").
const hiddenClass = '[\\p{Cc}\\p{Cf}\\u2028\\u2029]';
const hidden = new RegExp(hiddenClass, 'u');
const hiddenEverywhere = new RegExp(hiddenClass, 'gu');
// Zero-width (non-)joiners are part of how Persian and other scripts, and emoji, are written.
const joiners = /[\u200c\u200d]/g;

/** Whether one-line text (a name, a subject, a link) holds a control, bidi or invisible character. */
export function hasHiddenCharacters(text: string): boolean {
  return hidden.test(text.replace(joiners, ''));
}

/** Whether text of several lines (a note) holds such a character other than line breaks and tabs. */
export function hasHiddenCharactersInLines(text: string): boolean {
  return hasHiddenCharacters(text.replace(/[\t\n\r]/g, ' '));
}

/** One-line text with every such character (joiners kept) replaced by a space, for text from outside. */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(hiddenEverywhere, (character) =>
    character === '\u200c' || character === '\u200d' ? character : ' ',
  );
}
