import { scheduleAppointment, type Appointment, type ScheduleAppointmentInput } from '../appointment/appointment';

const halfHour = 30 * 60_000;

/**
 * A valid appointment for tests and benchmarks: a fresh id, one guest, starting an hour after `now`
 * for half an hour, unless `overrides` say otherwise. Throws if the overrides break a domain rule.
 */
export function buildAppointment(
  overrides: Partial<ScheduleAppointmentInput> = {},
  now: Date = new Date(),
): Appointment {
  const startsAt = overrides.startsAt ?? new Date(now.getTime() + 2 * halfHour).toISOString();
  const result = scheduleAppointment(
    {
      id: crypto.randomUUID(),
      origin: 'portal',
      organiser: { id: crypto.randomUUID(), name: 'Dr. Ada Visser', email: 'ada.visser@contoso.example' },
      guests: [{ name: 'Jane Doe', email: 'jane.doe@example.com', locale: 'en', timeZone: 'Europe/London' }],
      subject: 'Intake',
      meeting: { kind: 'meeting-id', meetingId: '2345678901234', passcode: 'Ab12Cd34' },
      ...overrides,
      startsAt,
      endsAt: overrides.endsAt ?? new Date(Date.parse(startsAt) + halfHour).toISOString(),
    },
    now,
  );
  if (!result.ok) throw new Error(`buildAppointment: the overrides break a rule (${result.error.code})`);
  return result.value;
}
