import { cancelAppointment, rescheduleAppointment } from '@portico/domain';
import { buildAppointment } from '@portico/domain/testing';
import { composeGuestEmail } from './compose-guest-email';

const now = new Date('2026-11-24T08:00:00Z');
const link = 'https://portal.example/a/token-123';
const privacyNoticeUrl = 'https://portal.example/privacy';
const dutchGuest = {
  name: 'Jan <Jansen>',
  email: 'jan@example.nl',
  locale: 'nl' as const,
  timeZone: 'Europe/Amsterdam',
};
const appointment = buildAppointment(
  {
    subject: 'Intake & kennismaking',
    startsAt: '2026-12-01T09:00:00.000Z',
    guests: [dutchGuest],
    note: 'Bring your ID',
  },
  now,
);
const decode = (content: string) => content.replace(/\r\n[ \t]/g, '');

describe('composeGuestEmail', () => {
  it("writes the invitation in the guest's language, with the time in the guest's zone and the personal link", () => {
    const email = composeGuestEmail({
      privacyNoticeUrl,
      kind: 'invitation',
      appointment,
      guest: dutchGuest,
      personalLink: link,
      brand: { name: 'Zorgportaal', colour: '#5b2c83' },
    });
    expect(email.to).toEqual({ address: 'jan@example.nl', displayName: 'Jan <Jansen>' });
    // 09:00 UTC is 10:00 in Amsterdam in December.
    expect(email.subject).toBe('Uitnodiging: Intake & kennismaking op dinsdag 1 december 2026 om 10:00');
    expect(email.plainText).toContain('Beste Jan <Jansen>,');
    expect(email.plainText).toContain(`Open uw afspraak: ${link}`);
    expect(email.plainText).toContain('Opmerking: Bring your ID');
    expect(email.html).toContain('<html lang="nl">');
    expect(email.html).toContain(`href="${link}"`);
    expect(email.html).toContain('Beste Jan &lt;Jansen&gt;,');
    expect(email.html).not.toContain('<Jansen>');
    expect(email.plainText).toContain(
      'Hoe wij met uw gegevens omgaan: privacyverklaring: https://portal.example/privacy',
    );
    expect(email.html).toContain('href="https://portal.example/privacy"');
  });

  it('tells how to join by phone when the meeting has a dial-in, and not in a cancellation', () => {
    const withDialIn = {
      ...appointment,
      dialIn: { tollNumber: '+31 20 794 6000', tollFreeNumber: '0800 022 6000', conferenceId: '123456789' },
    };
    const invitation = composeGuestEmail({
      privacyNoticeUrl,
      kind: 'invitation',
      appointment: withDialIn,
      guest: dutchGuest,
      personalLink: link,
      brand: { name: 'Zorgportaal', colour: '#5b2c83' },
    });
    const line =
      'Telefonisch: lukt geluid op uw apparaat niet, bel dan +31 20 794 6000 (gratis: 0800 022 6000) en toets vergaderings-ID 123456789#';
    expect(invitation.plainText).toContain(line);
    expect(invitation.html).toContain('+31 20 794 6000');
    const english = composeGuestEmail({
      privacyNoticeUrl,
      kind: 'invitation',
      appointment: withDialIn,
      guest: { ...dutchGuest, locale: 'en' },
      personalLink: link,
      brand: { name: 'Care portal', colour: '#5b2c83' },
    });
    expect(english.plainText).toContain('By phone: if you cannot use audio on your device, call +31 20 794 6000');
    const cancelled = composeGuestEmail({
      privacyNoticeUrl,
      kind: 'cancelled',
      appointment: withDialIn,
      guest: dutchGuest,
      brand: { name: 'Zorgportaal', colour: '#5b2c83' },
    });
    expect(cancelled.plainText).not.toContain('+31 20 794 6000');
    expect(
      composeGuestEmail({
        privacyNoticeUrl,
        kind: 'invitation',
        appointment,
        guest: dutchGuest,
        personalLink: link,
        brand: { name: 'Z', colour: '#5b2c83' },
      }).plainText,
    ).not.toContain('Telefonisch');
  });

  it('heads the e-mail with the brand: its logo when configured, its name on its colour', () => {
    const brand = { name: 'Zorggroep <Noord>', colour: '#5b2c83', logoUrl: 'https://cdn.example.org/logo.png?a=1&b=2' };
    const email = composeGuestEmail({
      privacyNoticeUrl,
      kind: 'invitation',
      appointment,
      guest: dutchGuest,
      personalLink: link,
      brand,
    });
    expect(email.html).toContain('background:#5b2c83;color:#ffffff');
    expect(email.html).toContain('<img src="https://cdn.example.org/logo.png?a=1&amp;b=2" alt=""');
    expect(email.html).toContain('Zorggroep &lt;Noord&gt;</p>');
    expect(email.html).toContain(`href="${link}" style="display:inline-block;padding:12px 20px;background:#5b2c83`);
  });

  it('attaches a calendar REQUEST with the appointment as its UID, in UTC', () => {
    const email = composeGuestEmail({
      privacyNoticeUrl,
      kind: 'invitation',
      appointment,
      guest: dutchGuest,
      personalLink: link,
      brand: { name: 'P', colour: '#5b2c83' },
    });
    const [ics] = email.attachments;
    expect(ics?.contentType).toBe('text/calendar; method=REQUEST');
    const text = decode(ics?.content ?? '');
    expect(text).toContain('METHOD:REQUEST');
    expect(text).toContain(`UID:${appointment.id}@portico`);
    expect(text).toContain('DTSTART:20261201T090000Z');
    expect(text).toContain('DTEND:20261201T093000Z');
    expect(text).toContain('SEQUENCE:0');
  });

  it('tells of a new time with a higher SEQUENCE, so calendars update the entry they have', () => {
    const later = new Date(now.getTime() + 60_000);
    const moved = rescheduleAppointment(
      appointment,
      { startsAt: '2026-12-02T13:00:00Z', endsAt: '2026-12-02T13:30:00Z' },
      later,
    );
    if (!moved.ok) throw new Error('reschedule failed');
    const email = composeGuestEmail({
      privacyNoticeUrl,
      kind: 'rescheduled',
      appointment: moved.value,
      guest: dutchGuest,
      personalLink: link,
      brand: { name: 'P', colour: '#5b2c83' },
    });
    expect(email.subject).toBe('Nieuwe tijd: Intake & kennismaking op woensdag 2 december 2026 om 14:00');
    expect(decode(email.attachments[0]?.content ?? '')).toContain('SEQUENCE:60');
  });

  it('cancels in English for an English guest, with a CANCEL calendar file and no link to open', () => {
    const guest = { ...dutchGuest, locale: 'en' as const, timeZone: 'America/New_York', name: 'Jane' };
    const cancelled = cancelAppointment({ ...appointment, guests: [guest] }, new Date(now.getTime() + 1000));
    if (!cancelled.ok) throw new Error('cancel failed');
    const email = composeGuestEmail({
      privacyNoticeUrl,
      kind: 'cancelled',
      appointment: cancelled.value,
      guest,
      personalLink: link,
      brand: { name: 'P', colour: '#5b2c83' },
    });
    expect(email.subject).toMatch(/^Cancelled: Intake & kennismaking on Tuesday,? 1 December 2026 at 04:00$/);
    expect(email.plainText).toContain('(America/New_York)');
    expect(email.plainText).not.toContain(link);
    expect(email.attachments[0]?.contentType).toBe('text/calendar; method=CANCEL');
    expect(decode(email.attachments[0]?.content ?? '')).toContain('STATUS:CANCELLED');
  });
});
