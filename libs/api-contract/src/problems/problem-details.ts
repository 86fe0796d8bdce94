import { errorMessage, type ErrorParams, type Locale, type PorticoError } from '@portico/domain';
import { errorStatus } from './error-status';
import { isTransportErrorCode, transportErrorText, type ProblemCode, type TransportError } from './transport-error';

/** RFC 9457 problem details, with Portico's stable code as an extension member. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ProblemCode;
  readonly instance?: string;
  readonly params?: ErrorParams;
}

export const problemContentType = 'application/problem+json';

/** The problem type URI for a code: stable, so clients may match on it as well as on `code`. */
export function problemType(code: ProblemCode): string {
  return `urn:portico:problem:${code}`;
}

/** Maps an error value to the problem+json body that an HTTP response carries. */
export function toProblemDetails(
  error: PorticoError | TransportError,
  locale: Locale,
  instance?: string,
): ProblemDetails {
  if (isTransportError(error)) return problem(error.code, transportErrorText[locale][error.code], instance);
  return {
    ...problem(error.code, errorMessage(error, locale), instance),
    ...(error.params === undefined ? {} : { params: error.params }),
  };
}

function isTransportError(error: PorticoError | TransportError): error is TransportError {
  return isTransportErrorCode(error.code);
}

function problem(
  code: ProblemCode,
  text: { readonly title: string; readonly detail: string },
  instance: string | undefined,
): ProblemDetails {
  return {
    type: problemType(code),
    title: text.title,
    status: errorStatus[code],
    detail: text.detail,
    code,
    ...(instance === undefined ? {} : { instance }),
  };
}
