import type { AppointmentOrganiser } from '../appointment/appointment';
import { err, ok, type Result } from '../result';
import { porticoError, type PorticoError } from '../errors/portico-error';
import { hasHiddenCharacters } from '../hidden-characters';
import type { TeamsMeeting } from '../teams-meeting/teams-meeting';
import type { DialIn } from '../teams-meeting/dial-in';

/** A walk-in desk is open (guests may check in) or closed. */
export const walkInDeskStatuses = ['open', 'closed'] as const;

export type WalkInDeskStatus = (typeof walkInDeskStatuses)[number];

export const walkInDeskLimits = { maxNameLength: 80, maxMembers: 20 } as const;

/** The Teams meeting a desk's guests join on one day; a new one is made each day the desk is open. */
export interface WalkInDeskMeeting {
  /** The desk's local day the meeting is for, `YYYY-MM-DD`. */
  readonly day: string;
  readonly calendarEventId: string;
  readonly meeting: TeamsMeeting;
  readonly dialIn?: DialIn;
}

/**
 * A staff member's walk-in desk: a public check-in page (its id is in the address and the QR code)
 * that puts guests in a queue for a Teams meeting in the organiser's calendar, renewed daily.
 */
export interface WalkInDesk {
  /** Public: the check-in page's address carries it. */
  readonly id: string;
  /** What guests see: "Walk-in consultations". */
  readonly name: string;
  /** Whose calendar holds the daily meeting; they run the desk and take guests from the queue. */
  readonly organiser: AppointmentOrganiser;
  /** The colleagues (by work e-mail address, lower case) who see the queue and take guests too: a team's desk. */
  readonly members: readonly string[];
  /** The zone the desk's days are counted in. */
  readonly timeZone: string;
  readonly status: WalkInDeskStatus;
  readonly meeting?: WalkInDeskMeeting;
  readonly updatedAt: string;
}

/** The desk's local day at `now`, `YYYY-MM-DD`. */
export function deskDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whether the open desk has no meeting for today yet: opened just now, or a new day has begun. */
export function needsTodaysMeeting(desk: WalkInDesk, now: Date): boolean {
  return desk.status === 'open' && desk.meeting?.day !== deskDay(now, desk.timeZone);
}

/**
 * When the desk's local day ends, after `now`: the day's meeting runs until then. Counted from the
 * local time of day, so on the night a clock changes it may be an hour off, which does no harm.
 */
export function endOfDeskDay(now: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const secondsIntoDay = part('hour') * 3600 + part('minute') * 60 + part('second');
  return new Date(Math.floor(now.getTime() / 1000) * 1000 + (24 * 3600 - secondsIntoDay) * 1000);
}

/**
 * Opens a desk (new, or one closed before) under a name guests will read, with the colleagues who
 * take guests too; the name is one line of plain text, the colleagues' addresses are checked and
 * kept once each, lower case. The meeting comes after, from `withTodaysMeeting`.
 */
export function openWalkInDesk(
  desk: Pick<WalkInDesk, 'id' | 'organiser' | 'timeZone'> & { readonly meeting?: WalkInDeskMeeting },
  details: { readonly name: string; readonly members: readonly string[] },
  now: Date,
): Result<WalkInDesk, PorticoError> {
  const name = details.name.trim();
  if (name === '' || name.length > walkInDeskLimits.maxNameLength || hasHiddenCharacters(name)) {
    return err(porticoError('walk-in.invalid-name', { max: walkInDeskLimits.maxNameLength }));
  }
  const organiserEmail = desk.organiser.email.trim().toLowerCase();
  const members = [...new Set(details.members.map((member) => member.trim().toLowerCase()))].filter(
    (member) => member !== '' && member !== organiserEmail,
  );
  if (members.length > walkInDeskLimits.maxMembers || members.some((member) => !workAddress.test(member))) {
    return err(porticoError('walk-in.invalid-members', { max: walkInDeskLimits.maxMembers }));
  }
  return ok({
    id: desk.id,
    name,
    organiser: desk.organiser,
    members,
    timeZone: desk.timeZone,
    status: 'open',
    ...(desk.meeting ? { meeting: desk.meeting } : {}),
    updatedAt: now.toISOString(),
  });
}

/** One address, no spaces or angle brackets: enough to refuse what cannot be a colleague's sign-in. */
const workAddress = /^[^\s@<>,;]{1,64}@[^\s@<>,;]{1,190}\.[^\s@<>,;]{2,63}$/;

/** Whether a staff member runs this desk: its organiser, or a colleague the organiser named. */
export function isDeskStaff(desk: Pick<WalkInDesk, 'organiser' | 'members'>, staff: AppointmentOrganiser): boolean {
  return desk.organiser.id === staff.id || desk.members.includes(staff.email.trim().toLowerCase());
}

/** The desk with the meeting made for today. */
export function withTodaysMeeting(desk: WalkInDesk, meeting: Omit<WalkInDeskMeeting, 'day'>, now: Date): WalkInDesk {
  return { ...desk, meeting: { ...meeting, day: deskDay(now, desk.timeZone) }, updatedAt: now.toISOString() };
}

/** Closes the desk: no more check-ins; guests already in the queue can still be taken. */
export function closeWalkInDesk(desk: WalkInDesk, now: Date): WalkInDesk {
  return desk.status === 'closed' ? desk : { ...desk, status: 'closed', updatedAt: now.toISOString() };
}
