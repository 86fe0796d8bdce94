/** The colleagues' addresses as staff type them: one per line, or separated by commas or semicolons. */
export function deskMembersFrom(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((member) => member.trim())
    .filter((member) => member !== '');
}
