'use server';

import { getLocale } from 'next-intl/server';
import {
  errorMessage,
  porticoError,
  type AppointmentOrganiser,
  type Locale,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { WalkInDeskView } from '@portico/api-contract';
import { webApp } from '@/composition-root';
import { deskMembersFrom } from '@/front-desk/desk-members';
import { formField } from '@/http/action-form';
import { currentStaff } from '@/staff-auth/current-staff';

export interface WalkInDeskActionState {
  readonly desk?: WalkInDeskView;
  /** The guest just taken, for the console to say whom to admit. */
  readonly taken?: string;
  readonly problem?: { readonly title: string; readonly detail: string };
}

async function asStaff(
  run: (staff: AppointmentOrganiser, locale: Locale) => Promise<Result<WalkInDeskView, PorticoError>>,
): Promise<WalkInDeskActionState> {
  const locale = await getLocale();
  const staff = await currentStaff();
  const result = staff ? await run(staff, locale) : { ok: false as const, error: porticoError('auth.unauthenticated') };
  return result.ok ? { desk: result.value } : { problem: errorMessage(result.error, locale) };
}

/** Opens the staff member's walk-in desk under the name on the form, with the colleagues named (or opens it again). */
export async function openWalkInDeskAction(
  _previous: WalkInDeskActionState,
  form: FormData,
): Promise<WalkInDeskActionState> {
  const desk = { name: formField(form, 'name'), members: deskMembersFrom(formField(form, 'members')) };
  return asStaff((staff, locale) => webApp().functionsApi.openWalkInDesk(staff, desk, locale));
}

/** Closes the desk to new check-ins. */
export async function closeWalkInDeskAction(): Promise<WalkInDeskActionState> {
  return asStaff((staff, locale) => webApp().functionsApi.closeWalkInDesk(staff, locale));
}

/** Takes the next guest from the queue of the desk on the form (own or a team's), and says who it was. */
export async function takeNextWalkInAction(
  _previous: WalkInDeskActionState,
  form: FormData,
): Promise<WalkInDeskActionState> {
  const deskId = formField(form, 'deskId');
  const state = await asStaff((staff, locale) => webApp().functionsApi.takeNextWalkIn(staff, deskId, locale));
  return state.desk ? { ...state, ...(state.desk.taken[0] ? { taken: state.desk.taken[0].guestName } : {}) } : state;
}
