'use server';

import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { errorMessage, porticoError, type PorticoError } from '@portico/domain';
import type { EmulatedOutlook } from '@portico/emulator-client';
import { z } from 'zod';
import { webApp } from '@/composition-root';
import { currentStaff } from '@/staff-auth/current-staff';
import { staffTimeZone } from '@/staff-auth/staff-time-zone';
import { instantFromWallClock } from '@/time/staff-time';
import type { StaffActionState } from '@/app/staff/staff-actions';
import { formField } from '@/http/action-form';

const draftSchema = z.object({
  subject: z.string().min(1).max(255),
  duration: z.coerce.number().int().min(5).max(480),
  guestName: z.string().max(100),
  guestEmail: z.union([z.literal(''), z.email().max(254)]),
});

const unavailable = porticoError('dependency.unavailable');

/**
 * Runs an edit of the signed-in staff member's stand-in Outlook calendar, as they would in Outlook,
 * with times in their time zone; an emulator that is down or refuses the edit is shown as unavailable.
 */
async function inOutlook(
  edit: (outlook: EmulatedOutlook, timeZone: string) => Promise<PorticoError | undefined>,
): Promise<StaffActionState> {
  const locale = await getLocale();
  const staff = await currentStaff();
  const { outlookFor } = webApp();
  const problem = !staff
    ? porticoError('auth.unauthenticated')
    : !outlookFor
      ? unavailable
      : await edit(outlookFor(staff.id), (await staffTimeZone(staff, locale)).zone).catch(() => unavailable);
  if (problem) return { problem: errorMessage(problem, locale) };
  revalidatePath('/staff/outlook');
  return { done: true };
}

function times(form: FormData, timeZone: string): { startsAt: string; endsAt: string } | undefined {
  const startsAt = instantFromWallClock(formField(form, 'date'), formField(form, 'time'), timeZone);
  const duration = Number(formField(form, 'duration'));
  if (!startsAt || !Number.isInteger(duration) || duration < 5 || duration > 480) return undefined;
  return { startsAt, endsAt: new Date(Date.parse(startsAt) + duration * 60_000).toISOString() };
}

/** Adds an event to the stand-in calendar: a Teams meeting with a guest, or any other event. */
export async function createOutlookEventAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  return inOutlook(async (outlook, timeZone) => {
    const draft = draftSchema.safeParse({
      subject: formField(form, 'subject'),
      duration: formField(form, 'duration'),
      guestName: formField(form, 'guestName'),
      guestEmail: formField(form, 'guestEmail'),
    });
    const when = times(form, timeZone);
    if (!draft.success || !when) return porticoError('request.invalid', { issues: 'subject, time or guest' });
    const { subject, guestName, guestEmail } = draft.data;
    const attendees = guestEmail === '' ? [] : [{ name: guestName || guestEmail, email: guestEmail.toLowerCase() }];
    await outlook.create({ subject, ...when, online: formField(form, 'online') === 'on', attendees });
    return undefined;
  });
}

/** Moves an event in the stand-in calendar, as dragging it in Outlook would. */
export async function moveOutlookEventAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  return inOutlook(async (outlook, timeZone) => {
    const when = times(form, timeZone);
    if (!when) return porticoError('request.invalid', { issues: 'date and time' });
    await outlook.update(formField(form, 'id'), when);
    return undefined;
  });
}

/** Deletes an event from the stand-in calendar. */
export async function deleteOutlookEventAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  return inOutlook(async (outlook) => {
    await outlook.remove(formField(form, 'id'));
    return undefined;
  });
}
