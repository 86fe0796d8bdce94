import type { DateTimeTimeZone, Event, PatternedRecurrence } from '@microsoft/microsoft-graph-types';

/** One occurrence that differs from its series: moved to another time, or cancelled. */
export interface SeriesException {
  readonly start?: DateTimeTimeZone;
  readonly end?: DateTimeTimeZone;
  readonly cancelled: boolean;
  readonly changeKey: string;
  readonly lastModifiedDateTime: string;
  /** The calendar's change counter when this occurrence last changed, for delta queries. */
  readonly seq: number;
}

/** The subset of Graph's recurrence the emulator plays: daily or weekly, a number of times or until a date. */
export interface SeriesRule {
  readonly everyDays: number;
  readonly count?: number;
  readonly until?: number;
}

/** The most occurrences a series yields, so an open-ended one stays finite. */
const maxOccurrences = 500;
const dayMs = 24 * 60 * 60_000;

/** Graph's `recurrence` as the emulator's rule, or undefined for what it does not play. */
export function seriesRule(recurrence: PatternedRecurrence): SeriesRule | undefined {
  const { pattern, range } = recurrence;
  const interval = pattern?.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1) return undefined;
  const everyDays = pattern?.type === 'daily' ? interval : pattern?.type === 'weekly' ? 7 * interval : undefined;
  if (everyDays === undefined) return undefined;
  if (range?.type === 'numbered' && range.numberOfOccurrences) return { everyDays, count: range.numberOfOccurrences };
  if (range?.type === 'endDate' && range.endDate) return { everyDays, until: Date.parse(`${range.endDate}T23:59:59Z`) };
  if (range?.type === 'noEnd') return { everyDays };
  return undefined;
}

/**
 * Occurrence ids name their master and the occurrence's original start, as Graph's ids embed both;
 * the dot never appears in the emulator's base64url master ids.
 */
export const occurrenceId = (masterId: string, originalStart: number) => `${masterId}.${originalStart}`;

export function parseOccurrenceId(id: string): { masterId: string; originalStart: number } | undefined {
  const dot = id.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const originalStart = Number(id.slice(dot + 1));
  return Number.isSafeInteger(originalStart) ? { masterId: id.slice(0, dot), originalStart } : undefined;
}

/** The original starts of a series' occurrences, in order. */
export function originalStarts(firstStart: number, rule: SeriesRule): number[] {
  const starts: number[] = [];
  for (let i = 0; i < (rule.count ?? maxOccurrences) && starts.length < maxOccurrences; i++) {
    const start = firstStart + i * rule.everyDays * dayMs;
    if (rule.until !== undefined && start > rule.until) break;
    starts.push(start);
  }
  return starts;
}

/**
 * One occurrence as Graph shows it: the master's fields with its own id, `type` (`exception` once
 * moved), `seriesMasterId`, `originalStart` and times, and a version that changes with the master's
 * and with its own.
 */
export function occurrenceEvent(
  master: Event,
  originalStart: number,
  exception: SeriesException | undefined,
  graphDateTime: (ms: number) => DateTimeTimeZone,
  instant: (time: DateTimeTimeZone | null | undefined) => number,
): Event {
  const length = instant(master.end) - instant(master.start);
  const lastModified = Math.max(
    Date.parse(master.lastModifiedDateTime ?? ''),
    Date.parse(exception?.lastModifiedDateTime ?? '') || 0,
  );
  return {
    ...master,
    id: occurrenceId(master.id ?? '', originalStart),
    type: exception?.start ? 'exception' : 'occurrence',
    seriesMasterId: master.id ?? null,
    originalStart: new Date(originalStart).toISOString(),
    recurrence: null,
    start: exception?.start ?? graphDateTime(originalStart),
    end: exception?.end ?? graphDateTime(originalStart + length),
    changeKey: `${master.changeKey ?? ''}${exception ? `.${exception.changeKey}` : ''}`,
    lastModifiedDateTime: new Date(lastModified).toISOString(),
  };
}
