export { readSettings, InvalidSettingsError } from './read-settings';
export { runUntilSignalled } from './run-until-signalled';
export { telemetrySettingsReader, type TelemetrySettings } from './telemetry-settings';
