import { readSettings } from '@portico/app-runtime';
import { z } from 'zod';

const settingsSchema = z
  .object({
    PORTICO_ENVIRONMENT: z.enum(['local', 'production']),
    PORTICO_FUNCTIONS_URL: z.url(),
    PORTICO_FUNCTIONS_KEY: z.string().min(32, 'must be at least 32 characters'),
    PORTICO_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters'),
    PORTICO_BRAND_NAME: z.string().min(1).max(60).default('Portico'),
  })
  .superRefine((env, context) => {
    if (env.PORTICO_ENVIRONMENT === 'production' && !env.PORTICO_FUNCTIONS_URL.startsWith('https://')) {
      context.addIssue({ code: 'custom', path: ['PORTICO_FUNCTIONS_URL'], message: 'must be https in production' });
    }
  });

export interface WebSettings {
  readonly environment: 'local' | 'production';
  readonly functionsUrl: string;
  readonly functionsKey: string;
  readonly sessionSecret: string;
  readonly brandName: string;
  /** The local guest sign-in exists only while the local stand-ins are in use. */
  readonly localSignIn: boolean;
}

/** Reads the web app's settings, listing every missing or invalid one at once. */
export function parseWebSettings(env: Readonly<Record<string, string | undefined>>): WebSettings {
  const s = readSettings('web', settingsSchema, env);
  return {
    environment: s.PORTICO_ENVIRONMENT,
    functionsUrl: s.PORTICO_FUNCTIONS_URL.replace(/\/+$/, ''),
    functionsKey: s.PORTICO_FUNCTIONS_KEY,
    sessionSecret: s.PORTICO_SESSION_SECRET,
    brandName: s.PORTICO_BRAND_NAME,
    localSignIn: s.PORTICO_ENVIRONMENT === 'local',
  };
}
