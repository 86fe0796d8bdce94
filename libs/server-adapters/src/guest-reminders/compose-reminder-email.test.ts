import { buildAppointment } from '@portico/domain/testing';
import { composeReminderEmail } from './compose-reminder-email';

const appointment = buildAppointment(
  { startsAt: '2026-12-01T09:00:00.000Z', endsAt: '2026-12-01T09:30:00.000Z', subject: 'Intake <b>' },
  new Date('2026-11-20T08:00:00.000Z'),
);
const input = {
  appointment,
  guest: { name: 'Jane Doe', email: 'jane@example.com', locale: 'en' as const, timeZone: 'Europe/Amsterdam' },
  minutesBefore: 1440,
  personalLink: 'https://portal.example/a/token',
  stopLink: 'https://portal.example/reminders/stop/stop-token',
  brand: { name: 'Contoso Health', colour: '#0f6cbd' },
  privacyNoticeUrl: 'https://portal.example/privacy',
};

describe('composeReminderEmail', () => {
  it('reminds in the guest’s language and zone, with the personal link, the stop link and no calendar file', () => {
    const email = composeReminderEmail(input);
    expect(email.subject).toBe('Reminder: Intake <b> on Tuesday, 1 December 2026 at 10:00');
    expect(email.plainText).toContain('A reminder of your online appointment with Dr. Ada Visser, tomorrow.');
    expect(email.plainText).toContain('Open your appointment: https://portal.example/a/token');
    expect(email.plainText).toContain('Stop reminders: https://portal.example/reminders/stop/stop-token');
    expect(email.html).toContain('href="https://portal.example/reminders/stop/stop-token"');
    expect(email.html).toContain('Intake &lt;b&gt;');
    expect(email.attachments).toEqual([]);
  });

  it('says how soon in Dutch, in hours', () => {
    const email = composeReminderEmail({ ...input, minutesBefore: 60, guest: { ...input.guest, locale: 'nl' } });
    expect(email.subject).toMatch(/^Herinnering: Intake <b> op dinsdag 1 december 2026/);
    expect(email.plainText).toContain('over 1 uur');
    expect(email.plainText).toContain('Geen herinneringen meer: https://portal.example/reminders/stop/stop-token');
  });
});
