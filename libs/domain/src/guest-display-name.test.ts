import fc from 'fast-check';
import { guestDisplayName } from './guest-display-name';

const policy = { organisationDomains: ['contoso.com'], maxNameLength: 20 };
const nameOf = (raw: string, locale: 'en' | 'nl' = 'en') => {
  const result = guestDisplayName(raw, locale, policy);
  return result.ok ? result.value : result.error.code;
};

describe('guestDisplayName', () => {
  it("adds the guest suffix in the guest's language", () => {
    expect(nameOf('Jane Doe')).toBe('Jane Doe (Guest)');
    expect(nameOf('Jane Doe', 'nl')).toBe('Jane Doe (Gast)');
  });

  it('tidies white space', () => {
    expect(nameOf('  Jane \t  Doe \n')).toBe('Jane Doe (Guest)');
  });

  it('removes control, zero-width and bidi-override characters', () => {
    expect(nameOf('Ja\u202ene\u200b Doe\u0007')).toBe('Ja ne Doe (Guest)');
    expect(nameOf('\u202eeoD enaJ')).toBe('eoD enaJ (Guest)');
  });

  it('does not double a suffix the guest typed, in either language', () => {
    expect(nameOf('Jane Doe (Guest)')).toBe('Jane Doe (Guest)');
    expect(nameOf('Jane Doe (gast) (Guest)', 'nl')).toBe('Jane Doe (Gast)');
  });

  it('keeps a real surname that happens to be Gast', () => {
    expect(nameOf('Willem Gast', 'nl')).toBe('Willem Gast (Gast)');
  });

  it("strips brackets of any script so only the portal's suffix has any", () => {
    expect(nameOf('Dr Smith (Organiser)')).toBe('Dr Smith Organiser (Guest)');
    expect(nameOf('Dr Smith ［Host］')).toBe('Dr Smith Host (Guest)');
    expect(nameOf('Smith <staff>')).toBe('Smith staff (Guest)');
  });

  it('shortens long names by characters, not UTF-16 units', () => {
    // U+2000B is a letter outside the Basic Multilingual Plane: two UTF-16 units each.
    expect(nameOf('\u{2000B}'.repeat(30))).toBe(`${'\u{2000B}'.repeat(20)} (Guest)`);
  });

  it('refuses a name with no letters', () => {
    expect(nameOf('   ')).toBe('guest-name.empty');
    expect(nameOf('(Guest)')).toBe('guest-name.empty');
    expect(nameOf('\u202e\u200b123')).toBe('guest-name.empty');
  });

  it("refuses a name that carries the organisation's domain", () => {
    expect(nameOf('admin@contoso.com')).toBe('guest-name.impersonation');
    expect(nameOf('IT CONTOSO.COM')).toBe('guest-name.impersonation');
  });

  it('always ends in exactly one suffix and carries no hidden character, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom('en' as const, 'nl' as const),
        (raw, locale) => {
          const result = guestDisplayName(raw, locale, policy);
          if (!result.ok) return;
          const suffix = locale === 'en' ? ' (Guest)' : ' (Gast)';
          expect(result.value.endsWith(suffix)).toBe(true);
          const body = result.value.slice(0, -suffix.length);
          expect(body).not.toMatch(/[\p{Cc}\p{Cf}\p{Ps}\p{Pe}]/u);
          expect(Array.from(body).length).toBeLessThanOrEqual(policy.maxNameLength);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
