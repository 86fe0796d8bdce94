export { readSettings, InvalidSettingsError } from './read-settings';
export { runUntilSignalled, type Closable } from './run-until-signalled';
export {
  telemetrySettingFields,
  telemetrySettingsProblem,
  telemetrySettingsFrom,
  type TelemetrySettings,
} from './telemetry-settings';
