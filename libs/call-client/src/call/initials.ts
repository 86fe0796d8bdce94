/**
 * Up to two initials for a tile without video: the first letters of the first and last words of a
 * name, leaving out what the portal or Teams adds in brackets ("Jane Doe (Guest)" → "JD").
 */
export function initials(name: string): string {
  const words = name
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}|\p{N}/u.test(word));
  const first = words[0];
  const last = words.length > 1 ? words.at(-1) : undefined;
  const letterOf = (word: string | undefined) => (word ? (/[\p{L}\p{N}]/u.exec(word)?.[0] ?? '') : '');
  return (letterOf(first) + letterOf(last)).toLocaleUpperCase();
}
