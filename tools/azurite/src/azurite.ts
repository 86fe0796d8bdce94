import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from './free-port';
import { waitForPort } from './wait-for-port';

/** Azurite's well-known development account; public by design and refused by production settings. */
export const devStorageAccount = {
  name: 'devstoreaccount1',
  key: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
} as const;

export interface AzuriteInstance {
  /** A storage connection string for the Azure SDKs, pointing at this instance. */
  readonly connectionString: string;
  readonly ports: { readonly blob: number; readonly queue: number; readonly table: number };
  readonly pid: number;
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  /** Keep data in this folder; without it everything lives in memory and ends with the process. */
  readonly location?: string;
  readonly ports?: { readonly blob: number; readonly queue: number; readonly table: number };
}

/** Builds the connection string the SDKs use for an Azurite listening on these ports. */
export function azuriteConnectionString(ports: AzuriteInstance['ports']): string {
  const endpoint = (port: number) => `http://127.0.0.1:${port}/${devStorageAccount.name}`;
  return [
    'DefaultEndpointsProtocol=http',
    `AccountName=${devStorageAccount.name}`,
    `AccountKey=${devStorageAccount.key}`,
    `BlobEndpoint=${endpoint(ports.blob)}`,
    `QueueEndpoint=${endpoint(ports.queue)}`,
    `TableEndpoint=${endpoint(ports.table)}`,
  ].join(';');
}

/** Starts Azurite's blob, queue and table services on loopback and waits until they listen. */
export async function startAzurite(options: AzuriteOptions = {}): Promise<AzuriteInstance> {
  const ports = options.ports ?? { blob: await freePort(), queue: await freePort(), table: await freePort() };
  const bin = join(dirname(createRequire(__filename).resolve('azurite/package.json')), 'dist', 'src', 'azurite.js');
  const persistence = options.location ? ['--location', options.location] : ['--inMemoryPersistence'];
  const child = spawn(
    process.execPath,
    [
      bin,
      ...persistence,
      '--disableTelemetry',
      '--silent',
      '--skipApiVersionCheck',
      ...['--blobHost', '127.0.0.1', '--queueHost', '127.0.0.1', '--tableHost', '127.0.0.1'],
      ...['--blobPort', String(ports.blob), '--queuePort', String(ports.queue), '--tablePort', String(ports.table)],
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`Azurite exited with code ${code}: ${stderr.trim()}`))),
  );
  await Promise.race([Promise.all([waitForPort(ports.table, 20_000), waitForPort(ports.queue, 20_000)]), exited]);
  exited.catch(() => undefined);
  return {
    connectionString: azuriteConnectionString(ports),
    ports,
    pid: child.pid ?? -1,
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
