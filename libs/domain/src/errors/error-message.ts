import type { Locale } from '../locale';
import { errorText } from './error-text';
import type { PorticoError } from './portico-error';

/** The error's title and detail in the person's language, with its params filled in. */
export function errorMessage(error: PorticoError, locale: Locale): { title: string; detail: string } {
  const text = errorText[locale][error.code];
  return { title: text.title, detail: interpolate(text.detail, error.params ?? {}) };
}

function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
