import { guestAppointmentViewSchema } from '@portico/api-contract';
import type { Appointment } from '@portico/domain';
import { toGuestAppointmentView } from './guest-appointment-view';

const appointment: Appointment = {
  id: 'a1',
  origin: 'portal',
  organiser: { id: 'o1', name: 'Dr. Ada Visser', email: 'ada@contoso.com' },
  guests: [
    { name: 'Jane Doe', email: 'jane@example.com', locale: 'en', timeZone: 'Europe/London' },
    { name: 'Piet de Vries', email: 'piet@example.nl', locale: 'nl', timeZone: 'Europe/Amsterdam' },
  ],
  subject: 'Intake',
  startsAt: '2026-12-01T09:00:00.000Z',
  endsAt: '2026-12-01T09:30:00.000Z',
  meeting: { kind: 'meeting-id', meetingId: '2345678901234', passcode: 'Ab12Cd34' },
  status: 'scheduled',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};
const policy = {
  opensMinutesBefore: 15,
  closesMinutesAfter: 30,
  renewsInCallMinutesAfter: 240,
  rejoinGraceMinutesAfter: 120,
};

describe('toGuestAppointmentView', () => {
  it('shows the guest their own time zone and the join state, and fits the API contract', () => {
    const view = toGuestAppointmentView(appointment, 'PIET@example.nl', new Date('2026-12-01T08:50:00.000Z'), policy);
    expect(view).toEqual({
      id: 'a1',
      subject: 'Intake',
      organiserName: 'Dr. Ada Visser',
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      timeZone: 'Europe/Amsterdam',
      status: 'scheduled',
      join: { open: true, closesAt: '2026-12-01T10:00:00.000Z' },
    });
    expect(guestAppointmentViewSchema.parse(view)).toEqual(view);
  });

  it("carries the organiser's message and the phone dial-in to the guest, and a rejoin's longer window for a guest who was in the call", () => {
    const withNote = {
      ...appointment,
      note: 'Bring your medication list.',
      dialIn: { tollNumber: '+31 20 794 6000', conferenceId: '123456789' },
    };
    const afterWindow = new Date('2026-12-01T10:05:00.000Z');
    expect(toGuestAppointmentView(withNote, 'jane@example.com', afterWindow, policy)).toMatchObject({
      note: 'Bring your medication list.',
      dialIn: { tollNumber: '+31 20 794 6000', conferenceId: '123456789' },
      join: { open: false, reason: 'closed' },
    });
    expect(toGuestAppointmentView(withNote, 'jane@example.com', afterWindow, policy, 'rejoin').join).toEqual({
      open: true,
      closesAt: '2026-12-01T11:30:00.000Z',
    });
  });

  it('never carries other guests, e-mail addresses or the meeting link', () => {
    const json = JSON.stringify(
      toGuestAppointmentView(appointment, 'jane@example.com', new Date('2026-11-30T00:00:00.000Z'), policy),
    );
    for (const secret of ['piet', 'Piet', 'ada@contoso.com', '2345678901234', 'Ab12Cd34'])
      expect(json).not.toContain(secret);
  });
});
