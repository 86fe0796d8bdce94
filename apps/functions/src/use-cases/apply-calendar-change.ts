import {
  syncCalendarEvent,
  type AppointmentOrganiser,
  type CalendarEventState,
  type PorticoError,
  type Result,
} from '@portico/domain';
import { queueGuestNotices } from './queue-guest-notices';
import { recordAppointmentChange } from './record-appointment-change';
import type { FunctionDependencies } from '../function-dependencies';
import { syncedAppointmentId } from './synced-appointment-id';

export type CalendarChangeDeps = Pick<
  FunctionDependencies,
  'appointments' | 'calendars' | 'notices' | 'clock' | 'calendarSync' | 'auditTrail'
>;

/** Writes that lose a race are decided again from a fresh read, this many times at most. */
const maxAttempts = 5;
const dayMs = 24 * 60 * 60_000;

type Log = { log(message: string): void };

/**
 * Brings events' appointments up to date with the calendar: reads the events as they are now (in
 * one Graph batch where it can), decides each with the domain, and writes under the ETag it read, so
 * concurrent workers never overwrite a newer version. Guests' e-mails are queued after the write; a
 * repeat of the change queues them again, harmlessly, in case that queuing failed. Every event is
 * tried; if any failed, this throws after the rest, so the queue retries them all, and those already
 * done find nothing to change.
 */
export async function applyCalendarChanges(
  deps: CalendarChangeDeps,
  organiser: AppointmentOrganiser,
  eventIds: readonly string[],
  log: Log,
): Promise<void> {
  const unique = [...new Set(eventIds)];
  const states = await deps.calendars.readEvents(organiser.id, unique);
  const failures: string[] = [];
  for (const eventId of unique) {
    try {
      const state = states.get(eventId) ?? (await deps.calendars.readEvent(organiser.id, eventId));
      await applyReadChange(deps, organiser, eventId, state, log);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (failures.length > 0) {
    throw new Error(`${failures.length} of ${unique.length} calendar changes failed; first: ${failures[0] ?? ''}`);
  }
}

/** Applies one event's change from the state just read: a series as its occurrences, else the event. */
async function applyReadChange(
  deps: CalendarChangeDeps,
  organiser: AppointmentOrganiser,
  eventId: string,
  state: Result<CalendarEventState, PorticoError>,
  log: Log,
): Promise<void> {
  if (state.ok && state.value.kind === 'present' && state.value.event.series.role === 'master') {
    return applySeriesChange(deps, organiser, eventId, log);
  }
  await applyEventState(deps, organiser, eventId, state, log);
  // A deleted series reaches Portico as its master gone, with no word of the occurrences it took along.
  if (state.ok && state.value.kind === 'gone') await applyUnlistedOccurrences(deps, organiser, eventId, new Set(), log);
}

/** The sync window around now: the day before, and as far ahead as the sync looks. */
function syncWindow(deps: CalendarChangeDeps): { from: string; to: string } {
  const now = deps.clock();
  return {
    from: new Date(now.getTime() - dayMs).toISOString(),
    to: new Date(now.getTime() + deps.calendarSync.windowDays * dayMs).toISOString(),
  };
}

/**
 * A change to a recurring series reaches Portico as a change to its master. Every occurrence in the
 * sync window is brought up to date as an event of its own (one appointment, one invitation each),
 * and an occurrence Portico knows that the series no longer lists there (cancelled, or moved out of
 * the window) is read on its own and decided from what it is now.
 */
async function applySeriesChange(
  deps: CalendarChangeDeps,
  organiser: AppointmentOrganiser,
  masterId: string,
  log: Log,
): Promise<void> {
  const occurrences = await deps.calendars.readOccurrences(organiser.id, masterId, syncWindow(deps));
  if (!occurrences.ok) {
    throw new Error(`The series could not be read (${occurrences.error.code}); the queue will retry.`);
  }
  const listed = new Set<string>();
  for (const event of occurrences.value) {
    listed.add(event.id);
    await applyEventState(deps, organiser, event.id, { ok: true, value: { kind: 'present', event } }, log);
  }
  await applyUnlistedOccurrences(deps, organiser, masterId, listed, log);
}

/**
 * The appointments Portico holds for a series' occurrences that the series does not list (any longer):
 * each is read on its own and decided from what it is now, gone with its series or moved away.
 */
async function applyUnlistedOccurrences(
  deps: CalendarChangeDeps,
  organiser: AppointmentOrganiser,
  masterId: string,
  listed: ReadonlySet<string>,
  log: Log,
): Promise<void> {
  const known = await deps.appointments.listByOrganiser(organiser.id, syncWindow(deps));
  for (const { appointment } of known) {
    const eventId = appointment.calendarEventId;
    if (appointment.calendarSeriesId !== masterId || eventId === undefined || listed.has(eventId)) continue;
    await applyEventState(deps, organiser, eventId, await deps.calendars.readEvent(organiser.id, eventId), log);
  }
}

/** Decides and writes one event's appointment from a state already read, reading afresh after a lost race. */
async function applyEventState(
  deps: CalendarChangeDeps,
  organiser: AppointmentOrganiser,
  eventId: string,
  firstState: Result<CalendarEventState, PorticoError>,
  log: Log,
): Promise<void> {
  const appointmentId = syncedAppointmentId(organiser.id, eventId);
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const state = attempt === 1 ? firstState : await deps.calendars.readEvent(organiser.id, eventId);
    if (!state.ok) throw new Error(`The calendar could not be read (${state.error.code}); the queue will retry.`);
    const stored = await deps.appointments.get(appointmentId);
    const decision = syncCalendarEvent({
      current: stored?.appointment,
      state: state.value,
      appointmentId,
      organiser,
      rules: deps.calendarSync.rules,
      now: deps.clock(),
    });
    if (decision.kind === 'nothing') {
      log.log(`Calendar event needs no change (${decision.reason}).`);
      await queueGuestNotices(deps.notices, appointmentId, decision.resend ?? []);
      return;
    }
    const written = stored
      ? await deps.appointments.update(decision.appointment, stored.etag)
      : await deps.appointments.create(decision.appointment);
    if (written.ok) {
      await queueGuestNotices(deps.notices, appointmentId, decision.notices);
      await recordAppointmentChange(deps, stored?.appointment, written.value.appointment, { actor: 'calendar' });
      return;
    }
    if (written.error.code !== 'appointment.conflict' && written.error.code !== 'appointment.already-exists') {
      throw new Error(`The appointment could not be stored (${written.error.code}); the queue will retry.`);
    }
  }
  throw new Error('The appointment kept changing under this worker; the queue will retry.');
}
