import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';
import type { z } from 'zod';

/** Validates request input with zod; failures become `request.invalid` naming each bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): Result<z.infer<T>, PorticoError> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');
  return err(porticoError('request.invalid', { issues }));
}
