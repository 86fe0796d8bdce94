import { buildAppointment } from '@portico/domain/testing';
import { rescheduleAppointment } from '@portico/domain';
import { appointmentCalendarDownload } from './appointment-calendar-download';

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('the calendar file a guest downloads', () => {
  const created = new Date('2026-11-30T08:00:00.000Z');
  const appointment = buildAppointment(
    {
      startsAt: '2026-12-01T09:00:00.000Z',
      note: 'Bring your referral letter.',
      guests: [{ name: 'Jan de Vries', email: 'jan@example.nl', locale: 'nl', timeZone: 'Europe/Amsterdam' }],
    },
    created,
  );
  const guest = appointment.guests[0];
  if (!guest) throw new Error('guest');
  const pageUrl = `https://portal.example/appointments/${appointment.id}`;

  it('is the invitation’s event, at the right time, in the guest’s language, linking to the appointment page', () => {
    const ics = unfold(appointmentCalendarDownload(appointment, guest, pageUrl).content);
    expect(ics).toContain(`UID:${appointment.id}@portico`);
    expect(ics).toContain('DTSTART:20261201T090000Z');
    expect(ics).toContain('DTEND:20261201T093000Z');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`URL:${pageUrl}`);
    expect(ics).toContain('Met: Dr. Ada Visser');
    expect(ics).toContain('Opmerking: Bring your referral letter.');
  });

  it('carries a later sequence after a reschedule, so the calendar updates the same entry', () => {
    const moved = rescheduleAppointment(
      appointment,
      { startsAt: '2026-12-01T10:00:00.000Z', endsAt: '2026-12-01T10:30:00.000Z' },
      new Date('2026-11-30T09:00:00.000Z'),
    );
    if (!moved.ok) throw new Error(moved.error.code);
    const sequence = (ics: string) => Number(/SEQUENCE:(\d+)/.exec(unfold(ics))?.[1]);
    const before = sequence(appointmentCalendarDownload(appointment, guest, pageUrl).content);
    const after = unfold(appointmentCalendarDownload(moved.value, guest, pageUrl).content);
    expect(sequence(after)).toBeGreaterThan(before);
    expect(after).toContain('DTSTART:20261201T100000Z');
  });
});
