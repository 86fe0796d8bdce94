import { z } from 'zod';

const settingsSchema = z.object({
  PORTICO_ENVIRONMENT: z.literal('local', {
    error: 'must be "local": the emulators are stand-ins and never run in production',
  }),
  PORTICO_EMULATORS_PORT: z.coerce.number().int().min(0).max(65535).default(7180),
});

export interface EmulatorSettings {
  readonly port: number;
}

/** Reads the emulators' settings; refuses anything but a local environment. */
export function parseEmulatorSettings(env: Readonly<Record<string, string | undefined>>): EmulatorSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Portico emulators cannot start; fix these settings:\n${problems}`);
  }
  return { port: parsed.data.PORTICO_EMULATORS_PORT };
}
