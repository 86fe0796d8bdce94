import {
  err,
  ok,
  porticoError,
  walkInQueue,
  type Appointment,
  type AppointmentOrganiser,
  type PorticoError,
  type Result,
  type WalkInDesk,
} from '@portico/domain';
import type { WalkInDeskView } from '@portico/api-contract';
import type { FunctionDependencies } from '../function-dependencies';

const day = 24 * 60 * 60_000;

/** Today's (and last night's) appointments of a desk's organiser, where its walk-ins are. */
export async function deskVisits(
  deps: Pick<FunctionDependencies, 'appointments' | 'clock'>,
  organiserId: string,
): Promise<Appointment[]> {
  const now = deps.clock().getTime();
  const range = { from: new Date(now - day).toISOString(), to: new Date(now + day).toISOString() };
  return (await deps.appointments.listByOrganiser(organiserId, range)).map(({ appointment }) => appointment);
}

/** The staff member's own walk-in desk, its queue, and the guests taken today, latest first. */
export async function staffReadsWalkInDesk(
  deps: Pick<FunctionDependencies, 'walkInDesks' | 'appointments' | 'clock'>,
  staff: AppointmentOrganiser,
): Promise<Result<WalkInDeskView, PorticoError>> {
  const stored = await deps.walkInDesks.ofOrganiser(staff.id);
  return stored ? ok(await walkInDeskView(deps, stored.desk)) : err(porticoError('walk-in.desk-not-found'));
}

/** The team desks a staff member takes guests at: those whose organisers named them. */
export async function staffReadsTeamWalkInDesks(
  deps: Pick<FunctionDependencies, 'walkInDesks' | 'appointments' | 'clock'>,
  staff: AppointmentOrganiser,
): Promise<readonly WalkInDeskView[]> {
  const desks = await deps.walkInDesks.ofMember(staff.email);
  return Promise.all(desks.map(({ desk }) => walkInDeskView(deps, desk)));
}

/** A desk as its staff see it: the queue, and the guests taken today, latest first. */
export async function walkInDeskView(
  deps: Pick<FunctionDependencies, 'appointments' | 'clock'>,
  desk: WalkInDesk,
): Promise<WalkInDeskView> {
  const visits = await deskVisits(deps, desk.organiser.id);
  const entry = (appointment: Appointment) => ({
    appointmentId: appointment.id,
    guestName: appointment.guests[0]?.name ?? '',
    checkedInAt: appointment.walkIn?.checkedInAt ?? appointment.createdAt,
  });
  const taken = visits
    .filter((appointment) => appointment.walkIn?.deskId === desk.id && appointment.walkIn.takenAt !== undefined)
    .map((appointment) => ({
      ...entry(appointment),
      takenAt: appointment.walkIn?.takenAt ?? '',
      takenBy: appointment.walkIn?.takenBy ?? '',
    }))
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  return {
    id: desk.id,
    name: desk.name,
    organiserName: desk.organiser.name,
    members: [...desk.members],
    status: desk.status,
    meetingDay: desk.meeting?.day ?? null,
    queue: walkInQueue(visits, desk).map(entry),
    taken,
  };
}
