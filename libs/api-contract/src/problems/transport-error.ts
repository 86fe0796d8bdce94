import type { ErrorCode, Locale } from '@portico/domain';
import en from './messages/en.json';
import nl from './messages/nl.json';

/**
 * Refusals of a request as such, before any use case sees it: HTTP's business, not the domain's. The
 * domain's `ErrorCode`s and these are every code a problem+json answer carries.
 */
export const transportErrorCodes = ['request.cross-site', 'request.method-not-allowed'] as const;

export type TransportErrorCode = (typeof transportErrorCodes)[number];

/** Every code a problem+json answer can carry. */
export type ProblemCode = ErrorCode | TransportErrorCode;

/** A request refused as such; it has no params. */
export interface TransportError {
  readonly code: TransportErrorCode;
}

export function transportError(code: TransportErrorCode): TransportError {
  return { code };
}

export function isTransportErrorCode(code: string): code is TransportErrorCode {
  return (transportErrorCodes as readonly string[]).includes(code);
}

/** Each transport refusal's title and detail, in English and Dutch; a missing text is a type error. */
export const transportErrorText: Readonly<
  Record<Locale, Readonly<Record<TransportErrorCode, { readonly title: string; readonly detail: string }>>>
> = {
  en: en satisfies Record<TransportErrorCode, { title: string; detail: string }>,
  nl: nl satisfies Record<TransportErrorCode, { title: string; detail: string }>,
};
