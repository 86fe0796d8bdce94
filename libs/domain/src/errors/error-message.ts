import type { Locale } from '../locale';
import { errorText } from './error-text';
import type { PorticoError } from './portico-error';

/** An instant as Portico's errors carry it (ISO 8601, UTC); shown to people as a date and time. */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;

export interface ErrorMessageOptions {
  /** The zone to show times in; absent, the runtime's own (the person's, in a browser). */
  readonly timeZone?: string;
}

/**
 * The error's title and detail in the person's language, with its params filled in. A time is shown
 * as people read one, with its zone named ("December 1, 2026 at 10:45 AM CET"), never as ISO text.
 */
export function errorMessage(
  error: PorticoError,
  locale: Locale,
  options: ErrorMessageOptions = {},
): { title: string; detail: string } {
  const text = errorText[locale][error.code];
  const shown = (value: string | number) =>
    typeof value === 'string' && isoInstant.test(value) ? humanTime(value, locale, options) : String(value);
  return { title: text.title, detail: interpolate(text.detail, error.params ?? {}, shown) };
}

function humanTime(iso: string, locale: Locale, options: ErrorMessageOptions): string {
  const zoned = options.timeZone ? { timeZone: options.timeZone } : {};
  const instant = new Date(iso);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', ...zoned }).format(instant);
  const zone = new Intl.DateTimeFormat(locale, { timeZoneName: 'short', ...zoned })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  return zone ? `${time} ${zone}` : time;
}

function interpolate(
  template: string,
  params: Readonly<Record<string, string | number>>,
  shown: (value: string | number) => string,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return Object.hasOwn(params, name) && value !== undefined ? shown(value) : placeholder;
  });
}
