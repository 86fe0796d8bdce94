'use server';

import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { errorMessage, porticoError, type PorticoError } from '@portico/domain';
import { z } from 'zod';
import { webApp } from '@/composition-root';
import { currentStaff } from '@/staff-auth/current-staff';
import { instantFromWallClock } from '@/time/staff-time';
import type { StaffActionState } from '@/app/staff/staff-actions';
import { formField } from '@/http/action-form';

const draftSchema = z.object({
  subject: z.string().min(1).max(255),
  duration: z.coerce.number().int().min(5).max(480),
  guestName: z.string().max(100),
  guestEmail: z.union([z.literal(''), z.email().max(254)]),
});

/** Runs an edit of the signed-in staff member's stand-in Outlook calendar, as they would in Outlook. */
async function inOutlook(edit: (userId: string) => Promise<PorticoError | undefined>): Promise<StaffActionState> {
  const locale = await getLocale();
  const staff = await currentStaff();
  const problem = staff ? await edit(staff.id) : porticoError('auth.unauthenticated');
  if (problem) return { problem: errorMessage(problem, locale) };
  revalidatePath('/staff/outlook');
  return { done: true };
}

function times(form: FormData): { startsAt: string; endsAt: string } | undefined {
  const startsAt = instantFromWallClock(
    formField(form, 'date'),
    formField(form, 'time'),
    webApp().settings.defaultTimeZone,
  );
  const duration = Number(formField(form, 'duration'));
  if (!startsAt || !Number.isInteger(duration) || duration < 5 || duration > 480) return undefined;
  return { startsAt, endsAt: new Date(Date.parse(startsAt) + duration * 60_000).toISOString() };
}

const unavailable = porticoError('dependency.unavailable');

/** Adds an event to the stand-in calendar: a Teams meeting with a guest, or any other event. */
export async function createOutlookEventAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  return inOutlook(async (userId) => {
    const outlook = webApp().outlook;
    const draft = draftSchema.safeParse({
      subject: formField(form, 'subject'),
      duration: formField(form, 'duration'),
      guestName: formField(form, 'guestName'),
      guestEmail: formField(form, 'guestEmail'),
    });
    const when = times(form);
    if (!draft.success || !when) return porticoError('request.invalid', { issues: 'subject, time or guest' });
    if (!outlook) return unavailable;
    const { subject, guestName, guestEmail } = draft.data;
    const attendees = guestEmail === '' ? [] : [{ name: guestName || guestEmail, email: guestEmail.toLowerCase() }];
    const made = await outlook.create(userId, {
      subject,
      ...when,
      online: formField(form, 'online') === 'on',
      attendees,
    });
    return made ? undefined : unavailable;
  });
}

/** Moves an event in the stand-in calendar, as dragging it in Outlook would. */
export async function moveOutlookEventAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  return inOutlook(async (userId) => {
    const outlook = webApp().outlook;
    const when = times(form);
    if (!when) return porticoError('request.invalid', { issues: 'date and time' });
    if (!outlook) return unavailable;
    return (await outlook.move(userId, formField(form, 'id'), when)) ? undefined : unavailable;
  });
}

/** Deletes an event from the stand-in calendar. */
export async function deleteOutlookEventAction(_previous: StaffActionState, form: FormData): Promise<StaffActionState> {
  return inOutlook(async (userId) => {
    const outlook = webApp().outlook;
    if (!outlook) return unavailable;
    return (await outlook.remove(userId, formField(form, 'id'))) ? undefined : unavailable;
  });
}
