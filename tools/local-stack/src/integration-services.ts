import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { freePort, startAzurite } from '@portico/azurite-launcher';
import { startChildService } from './child-service';

export interface IntegrationServices {
  readonly storageConnectionString: string;
  readonly emulatorsUrl: string;
  /** The ACS identity emulator's access key: clients sign with it, the relay checks tokens with it. */
  readonly acsAccessKey: string;
  stop(): Promise<void>;
}

/** Azurite (in memory) and the emulators on free loopback ports, for integration tests. */
export async function startIntegrationServices(repoRoot: string): Promise<IntegrationServices> {
  const azurite = await startAzurite();
  const port = await freePort();
  const acsAccessKey = randomBytes(32).toString('base64');
  const emulators = await startChildService({
    name: 'emulators',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/main.ts'],
    cwd: join(repoRoot, 'apps/emulators'),
    env: {
      PORTICO_ENVIRONMENT: 'local',
      PORTICO_EMULATORS_PORT: String(port),
      PORTICO_EMULATORS_ACS_ACCESS_KEY: acsAccessKey,
    },
    healthUrl: `http://127.0.0.1:${port}/health`,
    startTimeoutMs: 30_000,
    onOutput: () => undefined,
  }).catch(async (error: unknown) => {
    await azurite.stop();
    throw error;
  });
  return {
    storageConnectionString: azurite.connectionString,
    emulatorsUrl: `http://127.0.0.1:${port}`,
    acsAccessKey,
    stop: async () => {
      await emulators.stop();
      await azurite.stop();
    },
  };
}
