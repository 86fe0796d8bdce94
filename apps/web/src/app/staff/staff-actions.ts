'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { err, errorMessage, isLocale, isTimeZone, ok, porticoError } from '@portico/domain';
import type { AppointmentOrganiser, Locale, PorticoError, Result } from '@portico/domain';
import { webApp } from '@/composition-root';
import { currentStaff } from '@/staff-auth/current-staff';
import { staffTimeZone } from '@/staff-auth/staff-time-zone';
import { instantFromWallClock } from '@/time/staff-time';
import { formField } from '@/http/action-form';

export interface StaffActionState {
  readonly problem?: { readonly title: string; readonly detail: string };
  readonly done?: boolean;
}

/**
 * Runs a staff action as the signed-in staff member, in their language; any error value becomes
 * the localised problem the form shows, and a success refreshes the console.
 */
async function asStaff<T>(
  run: (staff: AppointmentOrganiser, locale: Locale) => Promise<Result<T, PorticoError>>,
): Promise<Result<T, StaffActionState>> {
  const locale = await getLocale();
  const staff = await currentStaff();
  const result = staff ? await run(staff, locale) : err(porticoError('auth.unauthenticated'));
  if (!result.ok) return err({ problem: errorMessage(result.error, locale) });
  revalidatePath('/staff');
  return result;
}

/**
 * A wall-clock date and time from a form, as an instant for the API: in the zone the form said it
 * was in (a valid IANA zone), else the staff member's time zone now.
 */
async function startsAtFrom(
  form: FormData,
  staff: AppointmentOrganiser,
  locale: Locale,
): Promise<Result<string, PorticoError>> {
  const shown = formField(form, 'timeZone');
  const zone = isTimeZone(shown) ? shown : (await staffTimeZone(staff, locale)).zone;
  const startsAt = instantFromWallClock(formField(form, 'date'), formField(form, 'time'), zone);
  return startsAt ? ok(startsAt) : err(porticoError('request.invalid', { issues: 'date and time' }));
}

/**
 * The appointment the create and import forms describe, in the API's shape. A mobile number goes
 * only with the guest's recorded consent: without it, the number is refused rather than dropped.
 */
function appointmentRequest(form: FormData, startsAt: string) {
  const language = formField(form, 'language');
  const note = formField(form, 'note');
  const mobile = formField(form, 'guestMobile').trim();
  if (mobile !== '' && formField(form, 'textReminderConsent') !== 'yes') {
    return err(porticoError('guest.text-consent-missing'));
  }
  return ok({
    guest: {
      name: formField(form, 'guestName'),
      email: formField(form, 'guestEmail').toLowerCase(),
      locale: isLocale(language) ? language : 'en',
      timeZone: formField(form, 'guestTimeZone'),
      ...(mobile === '' ? {} : { textReminders: { phone: mobile } }),
    },
    subject: formField(form, 'subject'),
    ...(note === '' ? {} : { note }),
    startsAt,
    durationMinutes: Number(formField(form, 'duration')),
  });
}

/** Creates an appointment (and its Teams meeting) from the staff form; the form's key makes a retry safe. */
export async function createAppointmentAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const created = await asStaff(async (staff, locale) => {
    const startsAt = await startsAtFrom(form, staff, locale);
    if (!startsAt.ok) return startsAt;
    const request = appointmentRequest(form, startsAt.value);
    if (!request.ok) return request;
    const key = formField(form, 'idempotencyKey') || randomUUID();
    return webApp().functionsApi.createAppointment(staff, request.value, key, locale);
  });
  if (!created.ok) return created.error;
  redirect(`/staff?date=${formField(form, 'date')}&created=${encodeURIComponent(created.value.id)}`);
}

/** Imports an existing Teams meeting by its link; links ACS cannot join are refused in the staff member's language. */
export async function importAppointmentAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const imported = await asStaff(async (staff, locale) => {
    const startsAt = await startsAtFrom(form, staff, locale);
    if (!startsAt.ok) return startsAt;
    const request = appointmentRequest(form, startsAt.value);
    if (!request.ok) return request;
    return webApp().functionsApi.importAppointment(
      staff,
      { ...request.value, meetingLink: formField(form, 'meetingLink') },
      locale,
    );
  });
  if (!imported.ok) return imported.error;
  redirect(`/staff?date=${formField(form, 'date')}&created=${encodeURIComponent(imported.value.id)}`);
}

/** Moves an appointment to a new time; the guest gets an e-mail about it. */
export async function rescheduleAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const moved = await asStaff(async (staff, locale) => {
    const startsAt = await startsAtFrom(form, staff, locale);
    if (!startsAt.ok) return startsAt;
    const request = { startsAt: startsAt.value, durationMinutes: Number(formField(form, 'duration')) };
    return webApp().functionsApi.rescheduleAppointment(
      staff,
      formField(form, 'id'),
      formField(form, 'etag'),
      request,
      locale,
    );
  });
  return moved.ok ? { done: true } : moved.error;
}

/**
 * Cancels an appointment at once; its Teams meeting and the guests' e-mail follow once the time to
 * undo it has passed.
 */
export async function cancelAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const cancelled = await asStaff((staff, locale) =>
    webApp().functionsApi.cancelAppointment(staff, formField(form, 'id'), formField(form, 'etag'), locale),
  );
  return cancelled.ok ? { done: true } : cancelled.error;
}

/** Undoes a cancellation while it may be undone; the guests never hear of it. */
export async function undoCancelAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const undone = await asStaff((staff, locale) =>
    webApp().functionsApi.undoCancelAppointment(staff, formField(form, 'id'), formField(form, 'etag'), locale),
  );
  return undone.ok ? { done: true } : undone.error;
}

/** Sends the guest their invitation again. */
export async function reinviteAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const key = formField(form, 'idempotencyKey') || randomUUID();
  const sent = await asStaff((staff, locale) =>
    webApp().functionsApi.reinviteAppointment(staff, formField(form, 'id'), key, locale),
  );
  return sent.ok ? { done: true } : sent.error;
}

/** Turns the sync of the staff member's Outlook calendar on or off. */
export async function setCalendarSyncAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const enabled = formField(form, 'enabled') === 'true';
  const changed = await asStaff((staff, locale) => webApp().functionsApi.setCalendarSync(staff, enabled, locale));
  return changed.ok ? { done: true } : changed.error;
}

/** Leaves a note for the guests waiting for one appointment ("Running 10 minutes late"). */
export async function lobbyMessageAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const posted = await asStaff((staff, locale) =>
    webApp().functionsApi.postLobbyMessage(staff, formField(form, 'id'), formField(form, 'text'), locale),
  );
  return posted.ok ? { done: true } : posted.error;
}
