import type { z } from 'zod';

/** Thrown at start-up with every missing or invalid setting listed, so one round of fixes is enough. */
export class InvalidSettingsError extends Error {
  constructor(
    readonly appName: string,
    readonly problems: readonly string[],
  ) {
    super(`Portico ${appName} cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidSettingsError';
  }
}

/** Checks an app's settings against its schema, all at once; throws `InvalidSettingsError` naming each problem. */
export function readSettings<T extends z.ZodType>(
  appName: string,
  schema: T,
  env: Readonly<Record<string, string | undefined>>,
): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new InvalidSettingsError(
      appName,
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return parsed.data;
}
