import { z } from 'zod';

/** Where a process's telemetry goes: Application Insights in Azure, the console or nowhere on a laptop. */
export type TelemetrySettings =
  | { readonly kind: 'azure-monitor'; readonly connectionString: string }
  | { readonly kind: 'console' }
  | { readonly kind: 'off' };

/** The telemetry settings every app reads, to spread into its settings schema. */
const telemetrySettingFields = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: z
    .string()
    .regex(/InstrumentationKey=[0-9a-f-]{36}/i, 'must be an Application Insights connection string')
    .optional(),
  PORTICO_TELEMETRY: z.enum(['off', 'console']).default('off'),
};

type TelemetryFields = {
  readonly PORTICO_ENVIRONMENT: string;
  readonly APPLICATIONINSIGHTS_CONNECTION_STRING?: string | undefined;
  readonly PORTICO_TELEMETRY: 'off' | 'console';
};

/** What is wrong with the telemetry settings, as [setting, problem], if anything. */
function telemetrySettingsProblem(env: TelemetryFields): readonly [string, string] | undefined {
  return env.PORTICO_ENVIRONMENT === 'production' && !env.APPLICATIONINSIGHTS_CONNECTION_STRING
    ? [
        'APPLICATIONINSIGHTS_CONNECTION_STRING',
        'is required in production, where telemetry goes to Application Insights',
      ]
    : undefined;
}

/** The telemetry settings read: Application Insights when its connection string is set, else as chosen. */
function telemetrySettingsFrom(env: TelemetryFields): TelemetrySettings {
  return env.APPLICATIONINSIGHTS_CONNECTION_STRING
    ? { kind: 'azure-monitor', connectionString: env.APPLICATIONINSIGHTS_CONNECTION_STRING }
    : { kind: env.PORTICO_TELEMETRY };
}

/**
 * How every app reads its telemetry settings: the `fields` to spread into its settings schema, the
 * `problem` to report from its refinement, and the settings `from` the parsed values.
 */
export const telemetrySettingsReader = {
  fields: telemetrySettingFields,
  problem: telemetrySettingsProblem,
  from: telemetrySettingsFrom,
} as const;
