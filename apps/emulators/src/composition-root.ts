import { parseEmulatorSettings, type EmulatorSettings } from './settings';

/** The emulators' composition root: the one place that reads the environment. */
export function composeEmulators(env: Readonly<Record<string, string | undefined>> = process.env): EmulatorSettings {
  return parseEmulatorSettings(env);
}
