import { readSettings } from '@portico/app-runtime';
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
  return { port: readSettings('emulators', settingsSchema, env).PORTICO_EMULATORS_PORT };
}
