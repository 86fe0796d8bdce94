import { apiRoutes } from '@portico/api-contract';
import { readSettings, telemetrySettingsReader, type TelemetrySettings } from '@portico/app-runtime';
import {
  brandColourProblem,
  defaultBrand,
  defaultLocale,
  isTimeZone,
  supportedLocales,
  type Brand,
  type JoinWindowPolicy,
  type Locale,
  auditRetentionLimits,
  defaultReminderMinutesBefore,
  reminderLimits,
} from '@portico/domain';
import { z } from 'zod';

/** The groups of functions one local host can run; see `FunctionsSettings.localTriggers`. */
export const localTriggerGroups = ['all', 'http', 'background'] as const;
export type LocalTriggerGroup = (typeof localTriggerGroups)[number];

const csv = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter((item) => item !== ''),
  );

const minutes = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(fallback);

// Local stand-ins are recognised by their well-known account name or a loopback address.
const localStandIn = /devstoreaccount1|UseDevelopmentStorage=true|127\.0\.0\.1|localhost|\[::1\]/i;

const settingsSchema = z
  .object({
    PORTICO_ENVIRONMENT: z.enum(['local', 'production']),
    PORTICO_STORAGE_CONNECTION_STRING: z.string().min(1).optional(),
    PORTICO_STORAGE_ACCOUNT_NAME: z
      .string()
      .regex(/^[a-z0-9]{3,24}$/, 'must be a storage account name')
      .optional(),
    PORTICO_FUNCTIONS_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    PORTICO_GRAPH_EMULATOR_URL: z.url().optional(),
    PORTICO_EMAIL_EMULATOR_URL: z.url().optional(),
    PORTICO_ACS_ENDPOINT: z.url().optional(),
    PORTICO_ACS_CONNECTION_STRING: z
      .string()
      .regex(/^endpoint=https?:\/\/[^;]+;accesskey=[A-Za-z0-9+/=]+$/i, 'must be endpoint=…;accesskey=…')
      .optional(),
    PORTICO_EMAIL_SENDER: z.email(),
    PORTICO_PORTAL_URL: z.url(),
    PORTICO_BRAND_NAME: z.string().min(1).max(60).default(defaultBrand.name),
    // Empty, as a deployment without a logo passes it, is none.
    PORTICO_BRAND_LOGO_URL: z.url().or(z.literal('')).optional(),
    PORTICO_BRAND_COLOUR: z
      .string()
      .trim()
      .default(defaultBrand.colour)
      .superRefine((colour, context) => {
        const problem = brandColourProblem(colour);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
    PORTICO_LINK_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters'),
    PORTICO_FUNCTIONS_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(7071),
    PORTICO_FUNCTIONS_LOCAL_TRIGGERS: z.enum(localTriggerGroups).default('all'),
    PORTICO_GOVERNMENT_TENANT_IDS: csv,
    PORTICO_ORGANISATION_DOMAINS: csv,
    PORTICO_JOIN_OPENS_MINUTES_BEFORE: minutes(15),
    PORTICO_JOIN_CLOSES_MINUTES_AFTER: minutes(30),
    PORTICO_IN_CALL_RENEWAL_MINUTES_AFTER: minutes(240),
    PORTICO_REJOIN_GRACE_MINUTES_AFTER: minutes(120),
    PORTICO_AUDIT_RETENTION_DAYS: z.coerce
      .number()
      .int()
      .min(auditRetentionLimits.minDays)
      .max(auditRetentionLimits.maxDays)
      .default(365),
    // Empty turns reminders off.
    PORTICO_REMINDER_MINUTES_BEFORE: z
      .string()
      .default(defaultReminderMinutesBefore.join(','))
      .transform((value) =>
        value
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item !== '')
          .map(Number),
      )
      .pipe(
        z
          .array(z.number().int().min(reminderLimits.minMinutesBefore).max(reminderLimits.maxMinutesBefore))
          .max(reminderLimits.maxReminders),
      ),
    // A number leased to the ACS resource or an alphanumeric sender ID; unset sends no texts.
    PORTICO_SMS_SENDER: z
      .union([z.string().regex(/^\+[1-9]\d{6,14}$/), z.string().regex(/^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/)], {
        error: 'must be an E.164 number (+31…) or an alphanumeric sender ID (letters, at most 11 characters)',
      })
      // Empty, as a deployment without SMS passes it, is none.
      .or(z.literal(''))
      .optional(),
    PORTICO_FUNCTIONS_PUBLIC_URL: z.url(),
    PORTICO_GRAPH_CLIENT_STATE_KEY: z.string().min(32, 'must be at least 32 characters'),
    PORTICO_SYNC_CATEGORY: z.string().trim().max(255).optional(),
    PORTICO_SYNC_GUEST_LOCALE: z.enum(supportedLocales).default(defaultLocale),
    PORTICO_SYNC_GUEST_TIME_ZONE: z
      .string()
      .default('Europe/Amsterdam')
      .refine(isTimeZone, 'must be an IANA time zone'),
    PORTICO_DEFAULT_TIME_ZONE: z.string().default('Europe/Amsterdam').refine(isTimeZone, 'must be an IANA time zone'),
    PORTICO_SYNC_WINDOW_DAYS: z.coerce.number().int().min(7).max(730).default(180),
    PORTICO_DEPENDENCY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4000),
    PORTICO_REQUEST_DEADLINE_MS: z.coerce.number().int().min(200).max(120_000).default(10_000),
    ...telemetrySettingsReader.fields,
  })
  .superRefine((env, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (!env.PORTICO_STORAGE_CONNECTION_STRING === !env.PORTICO_STORAGE_ACCOUNT_NAME) {
      issue('PORTICO_STORAGE_CONNECTION_STRING', 'set exactly one of this or PORTICO_STORAGE_ACCOUNT_NAME');
    }
    if (
      env.PORTICO_ENVIRONMENT === 'production' &&
      env.PORTICO_STORAGE_CONNECTION_STRING &&
      localStandIn.test(env.PORTICO_STORAGE_CONNECTION_STRING)
    ) {
      issue('PORTICO_STORAGE_CONNECTION_STRING', 'points at a local stand-in (Azurite), which production refuses');
    }
    if (env.PORTICO_ENVIRONMENT === 'production' && env.PORTICO_GRAPH_EMULATOR_URL) {
      issue(
        'PORTICO_GRAPH_EMULATOR_URL',
        'is a local stand-in, which production refuses; Graph is reached with the managed identity',
      );
    }
    if (env.PORTICO_ENVIRONMENT === 'production' && env.PORTICO_EMAIL_EMULATOR_URL) {
      issue('PORTICO_EMAIL_EMULATOR_URL', 'is a local stand-in, which production refuses; set PORTICO_ACS_ENDPOINT');
    }
    if (!env.PORTICO_EMAIL_EMULATOR_URL === !env.PORTICO_ACS_ENDPOINT) {
      issue('PORTICO_ACS_ENDPOINT', 'set exactly one of this or PORTICO_EMAIL_EMULATOR_URL');
    }
    if (!env.PORTICO_ACS_CONNECTION_STRING && !env.PORTICO_ACS_ENDPOINT) {
      issue('PORTICO_ACS_CONNECTION_STRING', 'set this (the identity emulator locally) or PORTICO_ACS_ENDPOINT');
    }
    if (
      env.PORTICO_ENVIRONMENT === 'production' &&
      env.PORTICO_ACS_CONNECTION_STRING &&
      localStandIn.test(env.PORTICO_ACS_CONNECTION_STRING)
    ) {
      issue(
        'PORTICO_ACS_CONNECTION_STRING',
        'points at a local stand-in (the identity emulator), which production refuses',
      );
    }
    if (env.PORTICO_ENVIRONMENT === 'production' && !env.PORTICO_PORTAL_URL.startsWith('https://')) {
      issue('PORTICO_PORTAL_URL', 'must be https in production: it goes into every e-mail');
    }
    if (
      env.PORTICO_ENVIRONMENT === 'production' &&
      env.PORTICO_BRAND_LOGO_URL &&
      new URL(env.PORTICO_BRAND_LOGO_URL).protocol !== 'https:'
    ) {
      issue('PORTICO_BRAND_LOGO_URL', 'must be https in production: it goes into every e-mail');
    }
    if (env.PORTICO_ENVIRONMENT === 'production' && !env.PORTICO_FUNCTIONS_PUBLIC_URL.startsWith('https://')) {
      issue('PORTICO_FUNCTIONS_PUBLIC_URL', 'must be https in production: Graph posts notifications only to https');
    }
    const telemetryProblem = telemetrySettingsReader.problem(env);
    if (telemetryProblem) issue(...telemetryProblem);
    if (env.PORTICO_ENVIRONMENT === 'local' && !env.PORTICO_FUNCTIONS_KEY) {
      issue('PORTICO_FUNCTIONS_KEY', 'is required locally, where the local host checks it');
    }
  });

/** The Functions app's settings, read once and checked as a whole. */
export interface FunctionsSettings {
  readonly environment: 'local' | 'production';
  readonly storage: { readonly connectionString: string } | { readonly accountName: string };
  readonly functionsKey: string | undefined;
  /** Microsoft Graph through Entra ID, or (locally) the Graph emulator at this base URL. */
  readonly graph: { readonly kind: 'entra' } | { readonly kind: 'emulator'; readonly baseUrl: string };
  /** ACS Email through Entra ID, or (locally) the e-mail emulator at this base URL. */
  readonly email:
    | { readonly kind: 'acs'; readonly endpoint: string; readonly sender: string }
    | { readonly kind: 'emulator'; readonly baseUrl: string; readonly sender: string; readonly accessKey: string };
  /** ACS identity: Entra ID against the ACS endpoint, or a connection string (the emulator locally). */
  readonly identity:
    | { readonly kind: 'acs'; readonly endpoint: string }
    | { readonly kind: 'connection-string'; readonly connectionString: string };
  /** The portal's public address, for the links in e-mails. */
  readonly portalUrl: string;
  readonly brand: Brand;
  readonly linkSigningSecret: string;
  readonly localPort: number;
  /**
   * Which functions this local host runs: all of them, or one of the groups Flex Consumption scales
   * on separate instances (HTTP, or the queue and timer work), so local latency is Azure's.
   */
  readonly localTriggers: LocalTriggerGroup;
  readonly governmentTenantIds: ReadonlySet<string>;
  readonly organisationDomains: readonly string[];
  readonly joinWindow: JoinWindowPolicy;
  /** How many days the audit trail keeps each event before the daily timer removes it. */
  readonly auditRetentionDays: number;
  /**
   * A staff member's time zone when their mailbox names none or cannot be read, and the one chosen
   * among the zones a Windows zone name stands for; the web app's setting of the same name.
   */
  readonly defaultStaffTimeZone: string;
  /** Reminders: how long before each start, and the sender of texts (none: reminders by e-mail only). */
  readonly reminders: { readonly minutesBefore: readonly number[]; readonly smsSender: string | undefined };
  /** Application Insights in Azure (with the managed identity); the console or nothing locally. */
  readonly telemetry: TelemetrySettings;
  /**
   * How long one call to storage, Graph or ACS may take before it is abandoned, and how long an HTTP
   * request may take in all before it is answered 503 with `Retry-After`, whatever still hangs.
   */
  readonly timeouts: { readonly dependencyMs: number; readonly requestDeadlineMs: number };
  /** Calendar sync: where Graph notifies, the clientState key, and which events become appointments. */
  readonly calendarSync: {
    readonly notificationUrl: string;
    readonly lifecycleNotificationUrl: string;
    readonly clientStateKey: string;
    readonly category: string | undefined;
    readonly guestLocale: Locale;
    readonly guestTimeZone: string;
    readonly windowDays: number;
  };
}

/** Reads the Functions app's settings; throws `InvalidSettingsError` listing every problem. */
export function parseFunctionsSettings(env: Readonly<Record<string, string | undefined>>): FunctionsSettings {
  const s = readSettings('Functions', settingsSchema, env);
  const functionsUrl = s.PORTICO_FUNCTIONS_PUBLIC_URL.replace(/\/+$/, '');
  return {
    environment: s.PORTICO_ENVIRONMENT,
    storage: s.PORTICO_STORAGE_CONNECTION_STRING
      ? { connectionString: s.PORTICO_STORAGE_CONNECTION_STRING }
      : { accountName: s.PORTICO_STORAGE_ACCOUNT_NAME ?? '' },
    functionsKey: s.PORTICO_FUNCTIONS_KEY,
    graph: s.PORTICO_GRAPH_EMULATOR_URL
      ? { kind: 'emulator', baseUrl: s.PORTICO_GRAPH_EMULATOR_URL }
      : { kind: 'entra' },
    email: s.PORTICO_EMAIL_EMULATOR_URL
      ? {
          kind: 'emulator',
          baseUrl: s.PORTICO_EMAIL_EMULATOR_URL,
          sender: s.PORTICO_EMAIL_SENDER,
          // The emulators check ACS signatures with one access key, the identity connection string's.
          accessKey: /accesskey=([^;]+)/i.exec(s.PORTICO_ACS_CONNECTION_STRING ?? '')?.[1] ?? '',
        }
      : { kind: 'acs', endpoint: s.PORTICO_ACS_ENDPOINT ?? '', sender: s.PORTICO_EMAIL_SENDER },
    identity: s.PORTICO_ACS_CONNECTION_STRING
      ? { kind: 'connection-string', connectionString: s.PORTICO_ACS_CONNECTION_STRING }
      : { kind: 'acs', endpoint: s.PORTICO_ACS_ENDPOINT ?? '' },
    portalUrl: s.PORTICO_PORTAL_URL.replace(/\/+$/, ''),
    brand: {
      name: s.PORTICO_BRAND_NAME,
      colour: s.PORTICO_BRAND_COLOUR,
      ...(s.PORTICO_BRAND_LOGO_URL ? { logoUrl: s.PORTICO_BRAND_LOGO_URL } : {}),
    },
    linkSigningSecret: s.PORTICO_LINK_SIGNING_SECRET,
    localPort: s.PORTICO_FUNCTIONS_LOCAL_PORT,
    localTriggers: s.PORTICO_FUNCTIONS_LOCAL_TRIGGERS,
    governmentTenantIds: new Set(s.PORTICO_GOVERNMENT_TENANT_IDS),
    organisationDomains: s.PORTICO_ORGANISATION_DOMAINS,
    joinWindow: {
      opensMinutesBefore: s.PORTICO_JOIN_OPENS_MINUTES_BEFORE,
      closesMinutesAfter: s.PORTICO_JOIN_CLOSES_MINUTES_AFTER,
      renewsInCallMinutesAfter: s.PORTICO_IN_CALL_RENEWAL_MINUTES_AFTER,
      rejoinGraceMinutesAfter: s.PORTICO_REJOIN_GRACE_MINUTES_AFTER,
    },
    auditRetentionDays: s.PORTICO_AUDIT_RETENTION_DAYS,
    defaultStaffTimeZone: s.PORTICO_DEFAULT_TIME_ZONE,
    reminders: {
      minutesBefore: [...new Set(s.PORTICO_REMINDER_MINUTES_BEFORE)],
      smsSender: s.PORTICO_SMS_SENDER || undefined,
    },
    telemetry: telemetrySettingsReader.from(s),
    timeouts: { dependencyMs: s.PORTICO_DEPENDENCY_TIMEOUT_MS, requestDeadlineMs: s.PORTICO_REQUEST_DEADLINE_MS },
    calendarSync: {
      notificationUrl: `${functionsUrl}/api/${apiRoutes.graphChangeNotifications}`,
      lifecycleNotificationUrl: `${functionsUrl}/api/${apiRoutes.graphLifecycleNotifications}`,
      clientStateKey: s.PORTICO_GRAPH_CLIENT_STATE_KEY,
      category: s.PORTICO_SYNC_CATEGORY || undefined,
      guestLocale: s.PORTICO_SYNC_GUEST_LOCALE,
      guestTimeZone: s.PORTICO_SYNC_GUEST_TIME_ZONE,
      windowDays: s.PORTICO_SYNC_WINDOW_DAYS,
    },
  };
}
