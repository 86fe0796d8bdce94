import { composeSignInEmail } from './compose-sign-in-email';

describe('composeSignInEmail', () => {
  it.each([
    ['en', 'Your sign-in link for Portico', 'within 15 minutes'],
    ['nl', 'Uw aanmeldlink voor Portico', 'binnen 15 minuten'],
  ] as const)('writes the sign-in link in %s, with how long it works', (locale, subject, lifetime) => {
    const link = 'https://portal.example/sign-in/abc?x=1&y=2';
    const email = composeSignInEmail({
      email: 'jane@example.com',
      locale,
      link,
      validMinutes: 15,
      brand: { name: 'Portico', colour: '#5b2c83' },
      privacyNoticeUrl: 'https://portal.example/privacy',
    });
    expect(email.subject).toBe(subject);
    expect(email.plainText).toContain(link);
    expect(email.plainText).toContain(lifetime);
    expect(email.html).toContain('href="https://portal.example/sign-in/abc?x=1&amp;y=2"');
    expect(email.attachments).toEqual([]);
    expect(email.plainText).toMatch(/privacy.*: https:\/\/portal\.example\/privacy$/);
    expect(email.html).toContain('href="https://portal.example/privacy"');
  });
});
