import {
  closeWalkInDesk,
  err,
  openWalkInDesk,
  porticoError,
  type AppointmentOrganiser,
  type PorticoError,
  type Result,
} from '@portico/domain';
import type { WalkInDeskView } from '@portico/api-contract';
import type { FunctionDependencies } from '../function-dependencies';
import { ensureTodaysWalkInMeeting } from './ensure-todays-walk-in-meeting';
import { staffReadsOwnSettings } from './staff-reads-own-settings';
import { staffReadsWalkInDesk } from './staff-reads-walk-in-desk';

type Deps = Pick<
  FunctionDependencies,
  'meetings' | 'walkInDesks' | 'appointments' | 'clock' | 'newId' | 'staffMailboxSettings' | 'defaultStaffTimeZone'
>;

/**
 * Staff open their walk-in desk under a name, with the colleagues who take guests too, in their own
 * time zone, with today's Teams meeting; opening it again renames it and keeps its address, so
 * printed QR codes stay good.
 */
export async function staffOpensWalkInDesk(
  deps: Deps,
  staff: AppointmentOrganiser,
  details: { readonly name: string; readonly members: readonly string[] },
): Promise<Result<WalkInDeskView, PorticoError>> {
  const existing = await deps.walkInDesks.ofOrganiser(staff.id);
  const { timeZone } = await staffReadsOwnSettings(deps, staff);
  const opened = openWalkInDesk(
    {
      id: existing?.desk.id ?? deps.newId(),
      organiser: staff,
      timeZone,
      ...(existing?.desk.meeting ? { meeting: existing.desk.meeting } : {}),
    },
    details,
    deps.clock(),
  );
  if (!opened.ok) return opened;
  // Refused: another tab opened or changed the desk at the same moment; its desk is the one.
  const kept = await deps.walkInDesks.save(opened.value, existing?.etag);
  const saved = kept ? await deps.walkInDesks.get(opened.value.id) : await deps.walkInDesks.ofOrganiser(staff.id);
  if (!saved) return err(porticoError('appointment.conflict'));
  const ready = await ensureTodaysWalkInMeeting(deps, saved.desk, saved.etag);
  if (!ready.ok) return ready;
  // Today's meeting was made before the team changed: its invited colleagues follow the desk's.
  const meeting = ready.value.meeting;
  if (ready.value === saved.desk && meeting && !sameMembers(existing?.desk.members ?? [], saved.desk.members)) {
    const invited = await deps.meetings.inviteColleagues(staff.id, meeting.calendarEventId, saved.desk.members);
    if (!invited.ok) return invited;
  }
  return staffReadsWalkInDesk(deps, staff);
}

function sameMembers(before: readonly string[], after: readonly string[]): boolean {
  return before.length === after.length && before.every((member) => after.includes(member));
}

/** Staff close their desk: no more check-ins; those waiting can still be taken. */
export async function staffClosesWalkInDesk(
  deps: Pick<FunctionDependencies, 'walkInDesks' | 'appointments' | 'clock'>,
  staff: AppointmentOrganiser,
): Promise<Result<WalkInDeskView, PorticoError>> {
  const existing = await deps.walkInDesks.ofOrganiser(staff.id);
  if (!existing) return err(porticoError('walk-in.desk-not-found'));
  const closed = closeWalkInDesk(existing.desk, deps.clock());
  if (closed !== existing.desk && !(await deps.walkInDesks.save(closed, existing.etag))) {
    return err(porticoError('appointment.conflict'));
  }
  return staffReadsWalkInDesk(deps, staff);
}
