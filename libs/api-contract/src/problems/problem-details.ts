import { errorMessage, type ErrorCode, type ErrorParams, type Locale, type PorticoError } from '@portico/domain';
import { errorStatus } from './error-status';

/** RFC 9457 problem details, with Portico's stable code as an extension member. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ErrorCode;
  readonly instance?: string;
  readonly params?: ErrorParams;
}

export const problemContentType = 'application/problem+json';

/** The problem type URI for a code: stable, so clients may match on it as well as on `code`. */
export function problemType(code: ErrorCode): string {
  return `urn:portico:problem:${code}`;
}

/** Maps an error value to the problem+json body that an HTTP response carries. */
export function toProblemDetails(error: PorticoError, locale: Locale, instance?: string): ProblemDetails {
  const { title, detail } = errorMessage(error, locale);
  return {
    type: problemType(error.code),
    title,
    status: errorStatus[error.code],
    detail,
    code: error.code,
    ...(instance === undefined ? {} : { instance }),
    ...(error.params === undefined ? {} : { params: error.params }),
  };
}
