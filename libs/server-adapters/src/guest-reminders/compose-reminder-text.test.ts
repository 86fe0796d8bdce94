import { buildAppointment } from '@portico/domain/testing';
import { composeReminderText } from './compose-reminder-text';

const brand = { name: 'Contoso Health', colour: '#0f6cbd' };
const appointment = buildAppointment(
  { startsAt: '2026-12-01T09:00:00.000Z', endsAt: '2026-12-01T09:30:00.000Z' },
  new Date('2026-11-20T08:00:00.000Z'),
);
const guest = {
  name: 'Jane Doe',
  email: 'jane@example.com',
  locale: 'en' as const,
  timeZone: 'Europe/Amsterdam',
  textReminders: { phone: '+31612345678', consentedAt: '2026-11-20T08:00:00.000Z' },
};
const links = { link: 'https://portal.example/r/AbCdEfGhIjKl', stopLink: 'https://portal.example/r/MnOpQrStUvWx' };

describe('composeReminderText', () => {
  it('says what, with whom and when in the guest’s zone, with both short links, to the consented number', () => {
    const text = composeReminderText({ appointment, guest, minutesBefore: 60, brand, ...links });
    expect(text.to).toBe('+31612345678');
    expect(text.message).toBe(
      'Contoso Health: reminder of Intake with Dr. Ada Visser, Tue 1 Dec, 10:00. Open: https://portal.example/r/AbCdEfGhIjKl Stop reminders: https://portal.example/r/MnOpQrStUvWx',
    );
  });

  it('speaks Dutch to a Dutch guest', () => {
    const text = composeReminderText({
      appointment,
      guest: { ...guest, locale: 'nl' },
      minutesBefore: 60,
      brand,
      ...links,
    });
    expect(text.message).toMatch(/^Contoso Health: herinnering aan Intake met Dr\. Ada Visser, di 1 dec/);
    expect(text.message).toContain('Geen herinneringen meer: https://portal.example/r/MnOpQrStUvWx');
  });

  it('cuts a long subject, so a reminder stays about two text segments', () => {
    const long = { ...appointment, subject: 'A very long subject that goes on and on about the appointment' };
    const text = composeReminderText({ appointment: long, guest, minutesBefore: 60, brand, ...links });
    expect(text.message).toContain('A very long subject that goes on and on…');
    expect(text.message.length).toBeLessThanOrEqual(2 * 160);
  });
});
