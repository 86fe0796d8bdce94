/**
 * @portico/app-runtime/telemetry: OpenTelemetry for a Portico process, with personal data scrubbed
 * before export. Its own entry point, so processes that only read settings do not load the SDK.
 */
export { startTelemetry } from './telemetry/start-telemetry';
export type { TelemetrySettings } from './telemetry-settings';
export { RedactingSpanProcessor } from './telemetry/redacting-span-processor';
export { redactText, isPersonalKey } from './telemetry/personal-data-redaction';
