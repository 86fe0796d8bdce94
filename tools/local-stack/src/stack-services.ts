import { join } from 'node:path';
import type { ChildServiceOptions } from './child-service';
import { standaloneWebDir } from './web-build';

type OnOutput = ChildServiceOptions['onOutput'];

/** A TypeScript entry point of one of the repository's projects, run with tsx. */
function tsx(repoRoot: string, project: string, entry: string) {
  return { command: process.execPath, args: ['--import', 'tsx', entry], cwd: join(repoRoot, project) };
}

/** The emulators (Graph, ACS e-mail and identity, meeting relay) on loopback at `port`. */
export function emulatorsService(options: {
  readonly repoRoot: string;
  readonly port: number;
  readonly acsAccessKey: string;
  readonly onOutput: OnOutput;
}): ChildServiceOptions {
  return {
    name: 'emulators',
    ...tsx(options.repoRoot, 'apps/emulators', 'src/main.ts'),
    env: {
      PORTICO_ENVIRONMENT: 'local',
      PORTICO_EMULATORS_PORT: String(options.port),
      PORTICO_EMULATORS_ACS_ACCESS_KEY: options.acsAccessKey,
    },
    healthUrl: `http://127.0.0.1:${options.port}/health`,
    startTimeoutMs: 30_000,
    onOutput: options.onOutput,
  };
}

/**
 * The Functions app on its local host at `port`, wired to Azurite and the emulators: all of its
 * functions, or one group of them as Flex Consumption scales them apart (`http`, or the queue and
 * timer work as `background`). Hosts of one app share `clientStateKey` and name the HTTP host's
 * address (`httpPort`) as the one Graph notifies.
 */
export function functionsService(options: {
  readonly repoRoot: string;
  readonly port: number;
  readonly triggers?: 'all' | 'http' | 'background';
  /** The port of the host that serves HTTP; this one's own by default. */
  readonly httpPort?: number;
  /** The key that signs Graph subscriptions' clientState; every host of the app needs the same one. */
  readonly clientStateKey: string;
  readonly storageConnectionString: string;
  readonly emulatorsUrl: string;
  readonly webUrl: string;
  readonly functionsKey: string;
  readonly acsAccessKey: string;
  readonly linkSigningSecret: string;
  readonly onOutput: OnOutput;
  /** More settings, e.g. shorter timeouts for fault tests. */
  readonly extraEnv?: Readonly<Record<string, string>>;
}): ChildServiceOptions {
  const functionsUrl = `http://127.0.0.1:${options.port}`;
  const triggers = options.triggers ?? 'all';
  return {
    name: triggers === 'background' ? 'functions-background' : 'functions',
    ...tsx(options.repoRoot, 'apps/functions', 'src/local-host/main.ts'),
    env: {
      PORTICO_ENVIRONMENT: 'local',
      PORTICO_STORAGE_CONNECTION_STRING: options.storageConnectionString,
      PORTICO_FUNCTIONS_KEY: options.functionsKey,
      PORTICO_FUNCTIONS_LOCAL_PORT: String(options.port),
      PORTICO_FUNCTIONS_LOCAL_TRIGGERS: triggers,
      PORTICO_GRAPH_EMULATOR_URL: `${options.emulatorsUrl}/graph/`,
      PORTICO_EMAIL_EMULATOR_URL: `${options.emulatorsUrl}/`,
      PORTICO_ACS_CONNECTION_STRING: emulatedAcsConnectionString(options.emulatorsUrl, options.acsAccessKey),
      PORTICO_EMAIL_SENDER: 'donotreply@portico.localhost',
      PORTICO_SMS_SENDER: 'Portico',
      PORTICO_PORTAL_URL: options.webUrl,
      PORTICO_LINK_SIGNING_SECRET: options.linkSigningSecret,
      PORTICO_FUNCTIONS_PUBLIC_URL: `http://127.0.0.1:${options.httpPort ?? options.port}`,
      PORTICO_GRAPH_CLIENT_STATE_KEY: options.clientStateKey,
      ...options.extraEnv,
    },
    healthUrl: `${functionsUrl}/api/health`,
    startTimeoutMs: 30_000,
    onOutput: options.onOutput,
  };
}

/**
 * The portal behind Portico's own server (`apps/web/src/server`): the standalone build App Service
 * runs, or with `development` Next's development server, which compiles pages on first visit.
 */
export function webService(options: {
  readonly repoRoot: string;
  readonly port: number;
  readonly development: boolean;
  readonly env: Readonly<Record<string, string>>;
  readonly onOutput: OnOutput;
}): ChildServiceOptions {
  const port = ['--port', String(options.port)];
  const launch = options.development
    ? tsx(options.repoRoot, 'apps/web', 'src/server/main.ts')
    : { command: process.execPath, args: ['portico-server.js'], cwd: join(options.repoRoot, standaloneWebDir) };
  return {
    name: 'web',
    ...launch,
    args: [...launch.args, ...(options.development ? ['--dev'] : []), ...port],
    env: { ...options.env, NEXT_TELEMETRY_DISABLED: '1' },
    healthUrl: `http://127.0.0.1:${options.port}/`,
    startTimeoutMs: options.development ? 120_000 : 30_000,
    onOutput: options.onOutput,
  };
}

/** How the Functions app (and a tool beside it) reaches the emulators' ACS: signed with the run's access key. */
export function emulatedAcsConnectionString(emulatorsUrl: string, acsAccessKey: string): string {
  return `endpoint=${emulatorsUrl}/;accesskey=${acsAccessKey}`;
}
