// C0 and C1 controls and the invisible bidi and format characters used to disguise or reorder text
// (U+202E turns "gpj.exe" around) or to smuggle a line break into a header ("\r\nBcc: …").
const hidden = /[\p{Cc}\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
const hiddenEverywhere = /[\p{Cc}\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** Whether one-line text (a name, a subject, a link) holds a control, bidi or format character. */
export function hasHiddenCharacters(text: string): boolean {
  return hidden.test(text);
}

/** Whether text of several lines (a note) holds a control character other than line breaks and tabs. */
export function hasHiddenCharactersInLines(text: string): boolean {
  // In text with several lines, line breaks and tabs are content; every other control is not.
  return hidden.test(text.replace(/[\t\n\r]/g, ' '));
}

/** One-line text with every control, bidi and format character replaced by a space, for text from outside. */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(hiddenEverywhere, ' ');
}
