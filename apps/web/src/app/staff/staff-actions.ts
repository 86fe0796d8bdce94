'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { errorMessage, isLocale, porticoError, type Locale, type PorticoError } from '@portico/meeting-core';
import { webApp } from '../../composition-root';
import { currentStaff } from '../../staff-auth/current-staff';
import { instantFromWallClock } from './staff-time';

export interface StaffActionState {
  readonly problem?: { readonly title: string; readonly detail: string };
  readonly done?: boolean;
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

async function problem(error: PorticoError): Promise<StaffActionState> {
  return { problem: errorMessage(error, (await getLocale()) as Locale) };
}

/** The appointment the create and import forms describe, in the API's shape. */
function appointmentRequest(form: FormData, staffZone: string) {
  const startsAt = instantFromWallClock(field(form, 'date'), field(form, 'time'), staffZone);
  const language = field(form, 'language');
  const note = field(form, 'note');
  return {
    startsAt,
    request: {
      guest: {
        name: field(form, 'guestName'),
        email: field(form, 'guestEmail').toLowerCase(),
        locale: isLocale(language) ? language : 'en',
        timeZone: field(form, 'guestTimeZone'),
      },
      subject: field(form, 'subject'),
      ...(note === '' ? {} : { note }),
      startsAt: startsAt ?? '',
      durationMinutes: Number(field(form, 'duration')),
    },
  };
}

/** Creates an appointment (and its Teams meeting) from the staff form; the form's key makes a retry safe. */
export async function createAppointmentAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const staff = await currentStaff();
  if (!staff) return problem(porticoError('auth.unauthenticated'));
  const { settings, functionsApi } = webApp();
  const { startsAt, request } = appointmentRequest(form, settings.defaultTimeZone);
  if (!startsAt) return problem(porticoError('request.invalid', { issues: 'date and time' }));
  const key = field(form, 'idempotencyKey') || randomUUID();
  const created = await functionsApi.createAppointment(staff, request, key, (await getLocale()) as Locale);
  if (!created.ok) return problem(created.error);
  revalidatePath('/staff');
  redirect(`/staff?date=${field(form, 'date')}&created=${encodeURIComponent(created.value.id)}`);
}

/** Imports an existing Teams meeting by its link; links ACS cannot join are refused in the staff member's language. */
export async function importAppointmentAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const staff = await currentStaff();
  if (!staff) return problem(porticoError('auth.unauthenticated'));
  const { settings, functionsApi } = webApp();
  const { startsAt, request } = appointmentRequest(form, settings.defaultTimeZone);
  if (!startsAt) return problem(porticoError('request.invalid', { issues: 'date and time' }));
  const imported = await functionsApi.importAppointment(
    staff,
    { ...request, meetingLink: field(form, 'meetingLink') },
    (await getLocale()) as Locale,
  );
  if (!imported.ok) return problem(imported.error);
  revalidatePath('/staff');
  redirect(`/staff?date=${field(form, 'date')}&created=${encodeURIComponent(imported.value.id)}`);
}

/** Moves an appointment to a new time; the guest gets an e-mail about it. */
export async function rescheduleAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const staff = await currentStaff();
  if (!staff) return problem(porticoError('auth.unauthenticated'));
  const { settings, functionsApi } = webApp();
  const startsAt = instantFromWallClock(field(form, 'date'), field(form, 'time'), settings.defaultTimeZone);
  if (!startsAt) return problem(porticoError('request.invalid', { issues: 'date and time' }));
  const moved = await functionsApi.rescheduleAppointment(
    staff,
    field(form, 'id'),
    field(form, 'etag'),
    { startsAt, durationMinutes: Number(field(form, 'duration')) },
    (await getLocale()) as Locale,
  );
  if (!moved.ok) return problem(moved.error);
  revalidatePath('/staff');
  return { done: true };
}

/** Cancels an appointment and its Teams meeting; the guest gets an e-mail about it. */
export async function cancelAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const staff = await currentStaff();
  if (!staff) return problem(porticoError('auth.unauthenticated'));
  const cancelled = await webApp().functionsApi.cancelAppointment(
    staff,
    field(form, 'id'),
    field(form, 'etag'),
    (await getLocale()) as Locale,
  );
  if (!cancelled.ok) return problem(cancelled.error);
  revalidatePath('/staff');
  return { done: true };
}

/** Sends the guest their invitation again. */
export async function reinviteAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  const staff = await currentStaff();
  if (!staff) return problem(porticoError('auth.unauthenticated'));
  const sent = await webApp().functionsApi.reinviteAppointment(
    staff,
    field(form, 'id'),
    field(form, 'idempotencyKey') || randomUUID(),
    (await getLocale()) as Locale,
  );
  return sent.ok ? { done: true } : problem(sent.error);
}
