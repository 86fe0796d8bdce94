import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';

/** The instant a wall-clock date and time (`YYYY-MM-DD`, `HH:mm`) names in a time zone, or undefined. */
export function instantFromWallClock(date: string, time: string, timeZone: string): string | undefined {
  if (!/^\d{4}-\d\d-\d\d$/.test(date) || !/^\d\d:\d\d$/.test(time)) return undefined;
  const instant = fromZonedTime(`${date}T${time}:00`, timeZone);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
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
  return formatInTimeZone(instant, timeZone, 'yyyy-MM-dd');
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
    from: fromZonedTime(`${first.toISOString().slice(0, 10)}T00:00:00`, timeZone).toISOString(),
    to: fromZonedTime(`${after.toISOString().slice(0, 10)}T00:00:00`, timeZone).toISOString(),
    days,
  };
}
