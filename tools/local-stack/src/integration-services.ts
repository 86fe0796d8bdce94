import { randomBytes } from 'node:crypto';
import { freePort, startAzurite } from '@portico/azurite-launcher';
import { startChildService } from './child-service';
import { emulatorsService } from './stack-services';

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
  const emulators = await startChildService(
    emulatorsService({ repoRoot, port, acsAccessKey, onOutput: () => undefined }),
  ).catch(async (error: unknown) => {
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
