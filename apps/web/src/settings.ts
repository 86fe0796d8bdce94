import { readSettings, telemetrySettingsReader, type TelemetrySettings } from '@portico/app-runtime';
import { z } from 'zod';
import { brandColourProblem, defaultBrand, isTimeZone, type Brand, type Locale } from '@portico/domain';

const settingsSchema = z
  .object({
    PORTICO_ENVIRONMENT: z.enum(['local', 'production']),
    PORTICO_FUNCTIONS_URL: z.url(),
    PORTICO_FUNCTIONS_KEY: z.string().min(32, 'must be at least 32 characters'),
    PORTICO_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters'),
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
    PORTICO_DEFAULT_TIME_ZONE: z.string().refine(isTimeZone, 'must be an IANA time zone').default('Europe/Amsterdam'),
    PORTICO_LONG_WAIT_MINUTES: z.coerce.number().int().min(1).max(120).default(5),
    PORTICO_TEXT_REMINDERS: z.enum(['on', 'off']).default('off'),
    PORTICO_PRIVACY_NOTICE: z.string().trim().min(1).max(20_000).optional(),
    PORTICO_PRIVACY_NOTICE_NL: z.string().trim().min(1).max(20_000).optional(),
    PORTICO_ENTRA_TENANT_ID: z.uuid().optional(),
    PORTICO_ENTRA_CLIENT_ID: z.uuid().optional(),
    PORTICO_ENTRA_CLIENT_SECRET: z.string().min(1).optional(),
    PORTICO_GRAPH_EMULATOR_URL: z.url().optional(),
    PORTICO_EMAIL_EMULATOR_URL: z.url().optional(),
    PORTICO_MEETING_RELAY_URL: z.url().optional(),
    PORTICO_MEETING_RELAY_KEY: z
      .base64('must be base64, like the ACS access key the emulators use')
      .refine((key) => Buffer.from(key, 'base64').length >= 32, 'must be at least 32 bytes')
      .optional(),
    PORTICO_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(1),
    NODE_ENV: z.string().optional(),
    WEBSITE_SITE_NAME: z.string().optional(),
    AZURE_CLIENT_ID: z.string().optional(),
    ...telemetrySettingsReader.fields,
  })
  .superRefine((env, context) => {
    const entra = [env.PORTICO_ENTRA_TENANT_ID, env.PORTICO_ENTRA_CLIENT_ID, env.PORTICO_ENTRA_CLIENT_SECRET];
    if (entra.some(Boolean) && !entra.every(Boolean)) {
      context.addIssue({
        code: 'custom',
        path: ['PORTICO_ENTRA_CLIENT_ID'],
        message: 'set all of PORTICO_ENTRA_TENANT_ID, PORTICO_ENTRA_CLIENT_ID and PORTICO_ENTRA_CLIENT_SECRET, or none',
      });
    }
    if (!entra.some(Boolean) === !env.PORTICO_GRAPH_EMULATOR_URL) {
      context.addIssue({
        code: 'custom',
        path: ['PORTICO_GRAPH_EMULATOR_URL'],
        message: 'set either the Entra ID settings (staff sign in with Entra ID) or this (local demo staff), not both',
      });
    }
    const azure = env.WEBSITE_SITE_NAME || env.AZURE_CLIENT_ID || entra.some(Boolean);
    const telemetryProblem = telemetrySettingsReader.problem(env);
    if (telemetryProblem) {
      context.addIssue({ code: 'custom', path: [telemetryProblem[0]], message: telemetryProblem[1] });
    }
    if (!env.PORTICO_MEETING_RELAY_URL !== !env.PORTICO_MEETING_RELAY_KEY) {
      context.addIssue({
        code: 'custom',
        path: ['PORTICO_MEETING_RELAY_KEY'],
        message: 'set both PORTICO_MEETING_RELAY_URL and PORTICO_MEETING_RELAY_KEY (local calls), or neither (ACS)',
      });
    }
    const standIn = (
      ['PORTICO_GRAPH_EMULATOR_URL', 'PORTICO_EMAIL_EMULATOR_URL', 'PORTICO_MEETING_RELAY_URL'] as const
    ).find((name) => env[name]);
    if (standIn && (env.PORTICO_ENVIRONMENT === 'production' || azure)) {
      context.addIssue({
        code: 'custom',
        path: [standIn],
        message:
          'is a local stand-in: the local staff sign-in, outbox and meeting relay are refused with PORTICO_ENVIRONMENT=production or an Azure setting',
      });
    }
    if (env.PORTICO_ENVIRONMENT === 'production' && env.PORTICO_TRUSTED_PROXY_HOPS === 0) {
      context.addIssue({
        code: 'custom',
        path: ['PORTICO_TRUSTED_PROXY_HOPS'],
        message: 'must be at least 1 in production: without a client address every caller shares one sign-in budget',
      });
    }
    if (env.PORTICO_ENVIRONMENT === 'production' && !env.PORTICO_FUNCTIONS_URL.startsWith('https://')) {
      context.addIssue({ code: 'custom', path: ['PORTICO_FUNCTIONS_URL'], message: 'must be https in production' });
    }
    if (
      env.PORTICO_ENVIRONMENT === 'production' &&
      env.PORTICO_BRAND_LOGO_URL &&
      new URL(env.PORTICO_BRAND_LOGO_URL).protocol !== 'https:'
    ) {
      context.addIssue({ code: 'custom', path: ['PORTICO_BRAND_LOGO_URL'], message: 'must be https in production' });
    }
  });

export interface WebSettings {
  readonly environment: 'local' | 'production';
  /** Served by Next's development server (`--dev`), which needs eval and a hot-reload socket. */
  readonly nextDevelopmentServer: boolean;
  readonly functionsUrl: string;
  readonly functionsKey: string;
  readonly sessionSecret: string;
  readonly brand: Brand;
  /** The local guest sign-in exists only while the local stand-ins are in use. */
  readonly localSignIn: boolean;
  /**
   * A staff member's time zone (where their times are entered and shown, and new guests' zone unless
   * they choose another) when Functions cannot give their mailbox's; see `staffTimeZone`.
   */
  readonly defaultTimeZone: string;
  /** A guest waiting in the lobby this long is highlighted on the front desk. */
  readonly longWaitMinutes: number;
  /** Whether Functions can text reminders (it has an SMS sender), so the staff form asks for a mobile number. */
  readonly textReminders: boolean;
  /**
   * The organisation's privacy notice per language, plain text with blank lines between paragraphs;
   * where none is set, `/privacy` shows the portal's own description of what it keeps.
   */
  readonly privacyNotice: Partial<Readonly<Record<Locale, string>>>;
  /** Staff sign in with Entra ID, or (locally, with the Graph emulator) as one of its demo staff. */
  readonly staffSignIn:
    | { readonly kind: 'entra'; readonly tenantId: string; readonly clientId: string; readonly clientSecret: string }
    | { readonly kind: 'local'; readonly graphEmulatorUrl: string };
  /** The e-mail emulator whose outbox `/outbox` shows; only locally. */
  readonly emailEmulatorUrl: string | undefined;
  /**
   * How calls run in the browser: ACS joining the Teams meeting, or (locally) the meeting relay,
   * whose key also signs the organiser tokens for staff joining from the portal.
   */
  readonly calls: { readonly kind: 'acs' } | { readonly kind: 'relay'; readonly url: string; readonly key: string };
  /** Application Insights in Azure (with the managed identity); the console or nothing locally. */
  readonly telemetry: TelemetrySettings;
  /** How many proxies we run append to `X-Forwarded-For` in front of the app: 1 on App Service. */
  readonly trustedProxyHops: number;
}

/** Reads the web app's settings, listing every missing or invalid one at once. */
export function parseWebSettings(env: Readonly<Record<string, string | undefined>>): WebSettings {
  const s = readSettings('web', settingsSchema, env);
  return {
    environment: s.PORTICO_ENVIRONMENT,
    nextDevelopmentServer: s.NODE_ENV === 'development',
    functionsUrl: s.PORTICO_FUNCTIONS_URL.replace(/\/+$/, ''),
    functionsKey: s.PORTICO_FUNCTIONS_KEY,
    sessionSecret: s.PORTICO_SESSION_SECRET,
    brand: {
      name: s.PORTICO_BRAND_NAME,
      colour: s.PORTICO_BRAND_COLOUR,
      ...(s.PORTICO_BRAND_LOGO_URL ? { logoUrl: s.PORTICO_BRAND_LOGO_URL } : {}),
    },
    localSignIn: s.PORTICO_ENVIRONMENT === 'local',
    defaultTimeZone: s.PORTICO_DEFAULT_TIME_ZONE,
    longWaitMinutes: s.PORTICO_LONG_WAIT_MINUTES,
    textReminders: s.PORTICO_TEXT_REMINDERS === 'on',
    privacyNotice: {
      ...(s.PORTICO_PRIVACY_NOTICE ? { en: s.PORTICO_PRIVACY_NOTICE } : {}),
      ...(s.PORTICO_PRIVACY_NOTICE_NL ? { nl: s.PORTICO_PRIVACY_NOTICE_NL } : {}),
    },
    staffSignIn: s.PORTICO_GRAPH_EMULATOR_URL
      ? { kind: 'local', graphEmulatorUrl: s.PORTICO_GRAPH_EMULATOR_URL.replace(/\/+$/, '') }
      : {
          kind: 'entra',
          tenantId: s.PORTICO_ENTRA_TENANT_ID ?? '',
          clientId: s.PORTICO_ENTRA_CLIENT_ID ?? '',
          clientSecret: s.PORTICO_ENTRA_CLIENT_SECRET ?? '',
        },
    emailEmulatorUrl: s.PORTICO_EMAIL_EMULATOR_URL?.replace(/\/+$/, ''),
    calls:
      s.PORTICO_MEETING_RELAY_URL && s.PORTICO_MEETING_RELAY_KEY
        ? { kind: 'relay', url: s.PORTICO_MEETING_RELAY_URL.replace(/\/+$/, ''), key: s.PORTICO_MEETING_RELAY_KEY }
        : { kind: 'acs' },
    telemetry: telemetrySettingsReader.from(s),
    trustedProxyHops: s.PORTICO_TRUSTED_PROXY_HOPS,
  };
}
