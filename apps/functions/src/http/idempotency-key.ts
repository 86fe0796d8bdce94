import type { HttpRequest } from '@azure/functions';
import { apiHeaders } from '@portico/api-contract';
import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';
import { z } from 'zod';

const uuid = z.uuid();

/** The request's Idempotency-Key (a UUID), or a fresh id when it sent none; a malformed key is refused. */
export function idempotencyKey(request: HttpRequest, newId: () => string): Result<string, PorticoError> {
  const key = request.headers.get(apiHeaders.idempotencyKey);
  if (key === null) return ok(newId());
  return uuid.safeParse(key).success
    ? ok(key)
    : err(porticoError('request.invalid', { issues: `${apiHeaders.idempotencyKey}: must be a UUID` }));
}
