import { GraphError } from '@microsoft/microsoft-graph-client';
import { porticoError, type PorticoError } from '@portico/domain';

// Graph's own error codes for "no such user" as they appear on 404s.
const unknownUserCodes = new Set([
  'ErrorInvalidUser',
  'ErrorNonExistentMailbox',
  'MailboxNotEnabledForRESTAPI',
  'ResourceNotFound',
]);

/**
 * Maps a Graph failure (after the client's own retries of 429, 503 and 504) to a domain error: an
 * unknown organiser, a refused calendar, a vanished event, or Graph being unavailable.
 */
export function graphErrorToPorticoError(error: unknown): PorticoError {
  if (!(error instanceof GraphError)) return porticoError('dependency.unavailable');
  return graphAnswerToPorticoError(error.statusCode, error.code ?? undefined);
}

/** The same mapping for a failed answer read by status and Graph error code, as in a JSON batch. */
export function graphAnswerToPorticoError(status: number, code: string | undefined): PorticoError {
  if (status === 403 || status === 401) return porticoError('meeting-directory.forbidden');
  if (status === 404) {
    return porticoError(
      unknownUserCodes.has(code ?? '') ? 'meeting-directory.organiser-unknown' : 'meeting-directory.event-missing',
    );
  }
  return porticoError('dependency.unavailable');
}
