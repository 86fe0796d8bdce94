import type { HttpRequest } from '@azure/functions';
import type { PorticoError, Result } from '@portico/domain';
import type { z } from 'zod';
import { parseInput } from './parse-input';

/** The request's JSON body checked against a schema; a missing or non-JSON body fails the same way as a wrong one. */
export async function readJsonBody<T extends z.ZodType>(
  schema: T,
  request: HttpRequest,
): Promise<Result<z.infer<T>, PorticoError>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    body = undefined;
  }
  return parseInput(schema, body);
}
