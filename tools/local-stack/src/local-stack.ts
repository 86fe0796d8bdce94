import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { TableClient } from '@azure/data-tables';
import { freePort, startAzurite, type AzuriteInstance } from '@portico/azurite-launcher';
import { AzureTablesAppointmentStore, appointmentsTableName } from '@portico/server-adapters';
import { startChildService } from './child-service';
import { emulatedAcsConnectionString, emulatorsService, functionsService, webService } from './stack-services';
import { buildWebApp } from './web-build';
import { seedDemoData } from './seed-demo-data';
import { demoGuests } from './demo-data';

export interface LocalStackOptions {
  readonly repoRoot: string;
  /** Keep storage in `.azurite/` across restarts instead of in memory. */
  readonly persist: boolean;
  /** Use free ports instead of the usual ones, so a test run never collides with a running stack. */
  readonly freePorts: boolean;
  /**
   * Serve the portal from Next's development server, compiling each page on first visit, instead of
   * the production build that ships (built first, or restored from the Nx cache).
   */
  readonly development?: boolean;
  readonly log: (line: string) => void;
}

export interface LocalStackUrls {
  readonly web: string;
  readonly demoGuestSignIn: string;
  readonly functions: string;
  readonly emulators: string;
  readonly storageConnectionString: string;
  /** The emulated ACS resource, for tools that call it as the Functions app does (the bench's floors). */
  readonly acsConnectionString: string;
}

export interface RunningLocalStack {
  readonly urls: LocalStackUrls;
  /** Each service's process (group) id, for tools that measure where the CPU goes (the bench). */
  readonly processes: readonly { readonly name: string; readonly pid: number }[];
  /** This run's Functions host key, for tools that call the API as the web app does (bench, tests). */
  readonly functionsKey: string;
  stop(): Promise<void>;
}

const usualPorts = {
  web: 3000,
  functions: 7071,
  functionsBackground: 7072,
  emulators: 7180,
  blob: 10000,
  queue: 10001,
  table: 10002,
};

/** Brings up the whole local stack and seeds demo data; on any failure, stops what it started. */
export async function startLocalStack(options: LocalStackOptions): Promise<RunningLocalStack> {
  const ports = options.freePorts ? await pickFreePorts() : usualPorts;
  // Fresh per run: nothing secret is committed, and a stolen local value is worthless elsewhere.
  const functionsKey = randomBytes(32).toString('base64url');
  const sessionSecret = randomBytes(32).toString('base64url');
  const linkSigningSecret = randomBytes(32).toString('base64url');
  const acsAccessKey = randomBytes(32).toString('base64');
  const clientStateKey = randomBytes(32).toString('base64url');
  const started: { stop(): Promise<void> }[] = [];
  const processes: { name: string; pid: number }[] = [];
  const stopAll = async () => {
    for (const service of started.reverse()) await service.stop();
  };
  const onOutput = (name: string, line: string) => options.log(`[${name}] ${line}`);

  try {
    if (!options.development) {
      options.log('Building the web app as it ships (instant when the Nx cache has it)…');
      await buildWebApp(options.repoRoot, (line) => options.log(`[web build] ${line}`));
    }
    const azurite: AzuriteInstance = await startAzurite({
      ports: { blob: ports.blob, queue: ports.queue, table: ports.table },
      ...(options.persist ? { location: join(options.repoRoot, '.azurite') } : {}),
    });
    started.push(azurite);
    processes.push({ name: 'azurite', pid: azurite.pid });
    const functionsUrl = `http://127.0.0.1:${ports.functions}`;
    const webUrl = `http://127.0.0.1:${ports.web}`;
    const emulatorsUrl = `http://127.0.0.1:${ports.emulators}`;
    const webEnv = {
      PORTICO_ENVIRONMENT: 'local',
      PORTICO_FUNCTIONS_URL: functionsUrl,
      PORTICO_FUNCTIONS_KEY: functionsKey,
      PORTICO_SESSION_SECRET: sessionSecret,
      PORTICO_GRAPH_EMULATOR_URL: `${emulatorsUrl}/graph/`,
      PORTICO_EMAIL_EMULATOR_URL: `${emulatorsUrl}/`,
      PORTICO_MEETING_RELAY_URL: emulatorsUrl,
      PORTICO_MEETING_RELAY_KEY: acsAccessKey,
      // The local Functions app texts reminders to the SMS emulator (see functionsService).
      PORTICO_TEXT_REMINDERS: 'on',
      // next-auth builds its callback URLs from this.
      NEXTAUTH_URL: webUrl,
    };

    const services = await Promise.allSettled([
      startChildService(
        emulatorsService({ repoRoot: options.repoRoot, port: ports.emulators, acsAccessKey, onOutput }),
      ),
      // Two Functions hosts, as Flex Consumption scales HTTP apart from the queue and timer work: a
      // burst of background work then does not hold up a guest's join or Graph's webhook.
      ...(['http', 'background'] as const).map((triggers) =>
        startChildService(
          functionsService({
            repoRoot: options.repoRoot,
            port: triggers === 'http' ? ports.functions : ports.functionsBackground,
            triggers,
            httpPort: ports.functions,
            clientStateKey,
            storageConnectionString: azurite.connectionString,
            emulatorsUrl,
            webUrl,
            functionsKey,
            acsAccessKey,
            linkSigningSecret,
            onOutput,
          }),
        ),
      ),
      startChildService(
        webService({
          repoRoot: options.repoRoot,
          port: ports.web,
          development: options.development ?? false,
          env: webEnv,
          onOutput,
        }),
      ),
    ]);
    for (const service of services) {
      if (service.status !== 'fulfilled') continue;
      started.push(service.value);
      processes.push({ name: service.value.name, pid: service.value.pid });
    }
    const failed = services.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;

    const store = new AzureTablesAppointmentStore(
      TableClient.fromConnectionString(azurite.connectionString, appointmentsTableName, {
        allowInsecureConnection: true,
      }),
    );
    await store.ensureTable();
    const seeded = await seedDemoData(store, new Date());
    options.log(`Demo data: ${seeded.created} appointments created, ${seeded.existing} already there.`);

    return {
      urls: {
        web: webUrl,
        demoGuestSignIn: `${webUrl}/local/guest-sign-in?email=${encodeURIComponent(demoGuests.jane.email)}`,
        functions: `${functionsUrl}/api`,
        emulators: emulatorsUrl,
        storageConnectionString: azurite.connectionString,
        acsConnectionString: emulatedAcsConnectionString(emulatorsUrl, acsAccessKey),
      },
      functionsKey,
      processes,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function pickFreePorts(): Promise<typeof usualPorts> {
  return {
    web: await freePort(),
    functions: await freePort(),
    functionsBackground: await freePort(),
    emulators: await freePort(),
    blob: await freePort(),
    queue: await freePort(),
    table: await freePort(),
  };
}
