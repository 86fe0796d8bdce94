import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** The instant a wall-clock date and time (`YYYY-MM-DD`, `HH:mm`) names in a time zone, or undefined. */
export function instantFromWallClock(date: string, time: string, timeZone: string): string | undefined {
  const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(date);
  const clock = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!day || !clock) return undefined;
  const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
  // A month or day out of range would roll over into another date; refuse it instead.
  const check = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) return undefined;
  const instant = new TZDate(year, month - 1, dayOfMonth, Number(clock[1]), Number(clock[2]), timeZone);
  return Number.isNaN(instant.getTime()) ? undefined : new Date(instant.getTime()).toISOString();
}

/**
 * A `YYYY-MM-DD` that names a real day the console can show (2000 to 2099), or undefined: a query
 * such as `date=9999-99-99` or `date=2026-02-30` falls back to today instead of failing the page.
 */
export function calendarDate(text: string | undefined): string | undefined {
  if (text === undefined || !/^20\d\d-\d\d-\d\d$/.test(text)) return undefined;
  const day = new Date(`${text}T12:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text ? text : undefined;
}

/** The wall-clock date of an instant in a time zone, `YYYY-MM-DD`. */
export function wallClockDate(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), 'yyyy-MM-dd');
}

/** The wall-clock time of an instant in a time zone, `HH:mm`. */
export function wallClockTime(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), 'HH:mm');
}

/** Midnight in a time zone at the start of the calendar day that `day` (UTC) names, as an ISO instant. */
function startOfWallClockDay(day: Date, timeZone: string): string {
  const midnight = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), timeZone);
  return new Date(midnight.getTime()).toISOString();
}

/** The day or week (Monday first) around a date in a time zone, as instants for the API. */
export function viewRange(
  view: 'day' | 'week',
  date: string,
  timeZone: string,
): { from: string; to: string; days: number } {
  const start = new Date(`${date}T12:00:00Z`);
  const mondayOffset = view === 'week' ? (start.getUTCDay() + 6) % 7 : 0;
  const first = new Date(start.getTime() - mondayOffset * 86_400_000);
  const days = view === 'week' ? 7 : 1;
  const after = new Date(first.getTime() + days * 86_400_000);
  return {
    from: startOfWallClockDay(first, timeZone),
    to: startOfWallClockDay(after, timeZone),
    days,
  };
}
