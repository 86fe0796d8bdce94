export { readSettings, InvalidSettingsError } from './read-settings';
export { runUntilSignalled } from './run-until-signalled';
export {
  telemetrySettingFields,
  telemetrySettingsProblem,
  telemetrySettingsFrom,
  type TelemetrySettings,
} from './telemetry-settings';
