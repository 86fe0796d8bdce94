export { readSettings, InvalidSettingsError } from './read-settings';
export { runUntilSignalled, type Closable } from './run-until-signalled';
