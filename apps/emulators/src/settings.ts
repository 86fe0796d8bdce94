import { readSettings } from '@portico/app-runtime';
import { z } from 'zod';

const settingsSchema = z.object({
  PORTICO_ENVIRONMENT: z.literal('local', {
    error: 'must be "local": the emulators are stand-ins and never run in production',
  }),
  PORTICO_EMULATORS_PORT: z.coerce.number().int().min(0).max(65535).default(7180),
  PORTICO_EMULATORS_ACS_ACCESS_KEY: z
    .base64('must be base64, like an ACS access key')
    .refine((key) => Buffer.from(key, 'base64').length >= 32, 'must be at least 32 bytes'),
});

export interface EmulatorSettings {
  readonly port: number;
  /** The ACS identity emulator's access key; clients sign with it, the relay checks tokens with it. */
  readonly acsAccessKey: string;
}

/** Reads the emulators' settings; refuses anything but a local environment. */
export function parseEmulatorSettings(env: Readonly<Record<string, string | undefined>>): EmulatorSettings {
  const settings = readSettings('emulators', settingsSchema, env);
  return { port: settings.PORTICO_EMULATORS_PORT, acsAccessKey: settings.PORTICO_EMULATORS_ACS_ACCESS_KEY };
}
