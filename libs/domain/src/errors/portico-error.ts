import type { ErrorCode } from './error-code';

/** Values a message may interpolate, e.g. the time a join window opens. */
export type ErrorParams = Readonly<Record<string, string | number>>;

/** An expected failure, as a value: a stable code plus the facts its message needs. */
export interface PorticoError {
  readonly code: ErrorCode;
  readonly params?: ErrorParams;
}

export function porticoError(code: ErrorCode, params?: ErrorParams): PorticoError {
  return params === undefined ? { code } : { code, params };
}

export function isPorticoError(value: unknown): value is PorticoError {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}
