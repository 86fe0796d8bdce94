import { buildAppointment } from '../testing/build-appointment';
import { cancelAppointment } from '../appointment/appointment';
import { defaultGuestNamePolicy } from '../guest-display-name';
import { authoriseJoin, type JoinPolicies } from './authorise-join';

const now = new Date('2026-12-01T09:00:00.000Z');
const policies: JoinPolicies = {
  joinWindow: {
    opensMinutesBefore: 15,
    closesMinutesAfter: 30,
    renewsInCallMinutesAfter: 240,
    rejoinGraceMinutesAfter: 120,
  },
  meetingLinks: { governmentTenantIds: new Set(['0f9e8d7c-6b5a-4f3e-9d2c-1b0a9f8e7d6c']) },
  guestNames: { ...defaultGuestNamePolicy, organisationDomains: ['contoso.example'] },
};
const startingAt = (startsAt: string) => buildAppointment({ startsAt }, new Date('2026-11-01T00:00:00.000Z'));

describe('authoriseJoin', () => {
  it('grants a guest on the appointment inside the window, with the portal-made name and the close time', () => {
    const appointment = startingAt('2026-12-01T09:10:00.000Z');
    expect(authoriseJoin(appointment, 'JANE.DOE@example.com', now, policies)).toEqual({
      ok: true,
      value: {
        guest: appointment.guests[0],
        displayName: 'Jane Doe (Guest)',
        closesAt: '2026-12-01T10:10:00.000Z',
      },
    });
  });

  it('answers someone who is not on the appointment as if it did not exist', () => {
    const result = authoriseJoin(startingAt('2026-12-01T09:10:00.000Z'), 'mallory@example.com', now, policies);
    expect(result).toEqual({ ok: false, error: { code: 'appointment.not-found' } });
  });

  it('refuses a cancelled appointment', () => {
    const cancelled = cancelAppointment(startingAt('2026-12-01T09:10:00.000Z'), now);
    if (!cancelled.ok) throw new Error('cancel failed');
    expect(authoriseJoin(cancelled.value, 'jane.doe@example.com', now, policies)).toEqual({
      ok: false,
      error: { code: 'appointment.cancelled' },
    });
  });

  it('refuses before the window opens and says when it will', () => {
    expect(authoriseJoin(startingAt('2026-12-01T09:30:00.000Z'), 'jane.doe@example.com', now, policies)).toEqual({
      ok: false,
      error: { code: 'join.not-yet-open', params: { opensAt: '2026-12-01T09:15:00.000Z' } },
    });
  });

  it('refuses after the window has closed', () => {
    const appointment = buildAppointment({ startsAt: '2026-12-01T08:00:00.000Z' }, new Date('2026-11-01'));
    expect(authoriseJoin(appointment, 'jane.doe@example.com', now, policies)).toEqual({
      ok: false,
      error: { code: 'join.closed' },
    });
  });

  it('refuses a meeting of a tenant that became known as a government tenant after it was imported', () => {
    const appointment = buildAppointment(
      {
        startsAt: '2026-12-01T09:10:00.000Z',
        meeting: {
          kind: 'thread',
          threadId: '19:meeting_abc@thread.v2',
          messageId: '0',
          tenantId: '0F9E8D7C-6B5A-4F3E-9D2C-1B0A9F8E7D6C',
          organizerId: '11111111-2222-3333-4444-555555555555',
        },
      },
      new Date('2026-11-01'),
    );
    expect(authoriseJoin(appointment, 'jane.doe@example.com', now, policies)).toEqual({
      ok: false,
      error: { code: 'meeting-link.government-cloud' },
    });
  });

  it('refuses a guest whose stored name would pose as the organisation', () => {
    const appointment = buildAppointment(
      {
        startsAt: '2026-12-01T09:10:00.000Z',
        guests: [{ name: 'Support contoso.example', email: 'x@example.com', locale: 'nl', timeZone: 'UTC' }],
      },
      new Date('2026-11-01'),
    );
    expect(authoriseJoin(appointment, 'x@example.com', now, policies)).toEqual({
      ok: false,
      error: { code: 'guest-name.impersonation' },
    });
  });
});
