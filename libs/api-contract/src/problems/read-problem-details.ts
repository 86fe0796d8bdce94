import { z } from 'zod';
import { errorCodes, porticoError, type PorticoError } from '@portico/domain';

const problemSchema = z.object({
  code: z.enum(errorCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/**
 * Reads a problem+json body from Portico's API back into the error value, so the caller can show
 * the message in the person's own language. Anything that is not one of our problems is reported as
 * the dependency being unavailable, never passed through.
 */
export function readProblemDetails(body: unknown): PorticoError {
  const parsed = problemSchema.safeParse(body);
  if (!parsed.success) return porticoError('dependency.unavailable');
  return porticoError(parsed.data.code, parsed.data.params);
}
