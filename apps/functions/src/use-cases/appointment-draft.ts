import type { CreateAppointmentRequest } from '@portico/api-contract';
import {
  checkAppointmentDraft,
  err,
  guestDisplayName,
  ok,
  type AppointmentDraft,
  type AppointmentOrganiser,
  type GuestNamePolicy,
  type PorticoError,
  type Result,
} from '@portico/domain';
import { parseMobileNumber } from './mobile-number';

/**
 * The appointment a staff request describes, checked against every rule before anything is made:
 * the guest's name must make a valid display name, a mobile number for reminders must take texts,
 * and time, details and guests must be valid.
 */
export function appointmentDraft(
  staff: AppointmentOrganiser,
  body: CreateAppointmentRequest,
  now: Date,
  guestNames: GuestNamePolicy,
): Result<AppointmentDraft, PorticoError> {
  const { guest, subject, note, startsAt, durationMinutes } = body;
  const name = guestDisplayName(guest.name, guest.locale, guestNames);
  if (!name.ok) return name;
  const phone = guest.textReminders ? parseMobileNumber(guest.textReminders.phone) : undefined;
  if (phone && !phone.ok) return phone;
  const { textReminders: _asked, ...details } = guest;
  const draft: AppointmentDraft = {
    organiser: staff,
    guests: [
      {
        ...details,
        // Staff give the number only with the guest's consent, so the consent dates from now.
        ...(phone ? { textReminders: { phone: phone.value, consentedAt: now.toISOString() } } : {}),
      },
    ],
    subject,
    ...(note === undefined ? {} : { note }),
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(Date.parse(startsAt) + durationMinutes * 60_000).toISOString(),
  };
  const problem = checkAppointmentDraft(draft, now);
  return problem ? err(problem) : ok(draft);
}
