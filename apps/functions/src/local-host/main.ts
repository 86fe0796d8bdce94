// Runs the Functions app on a machine without Azure Functions Core Tools: `npm run start:local`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runUntilSignalled } from '@portico/app-runtime';
import { startTelemetry } from '@portico/app-runtime/telemetry';
import { composeFunctionsApp } from '../composition-root';
import { functionTable } from '../function-table';
import { startLocalFunctionsHost } from './local-functions-host';
import { startLocalQueueListeners } from './local-queue-listener';
import { startLocalTimers } from './local-timer-scheduler';
import { hostQueuePolling } from './host-queue-polling';
import { keepLocalStorage } from './local-storage-keeper';

runUntilSignalled(async () => {
  const { settings, dependencies, prepareLocalStorage, queueClient, telemetry, observePoisonQueues } =
    composeFunctionsApp();
  if (settings.environment !== 'local' || !settings.functionsKey) {
    throw new Error(
      'The local Functions host runs only with PORTICO_ENVIRONMENT=local; in Azure the Functions host serves the app.',
    );
  }
  await prepareLocalStorage();
  const runningTelemetry = startTelemetry(telemetry, 'portico-functions');
  const table = functionTable(dependencies);
  const log = (line: string) => console.log(line);
  const runs = (group: 'http' | 'background') => settings.localTriggers === 'all' || settings.localTriggers === group;
  // A host of the background group still answers its health probe, as every Functions instance does.
  const httpFunctions = runs('http') ? table : table.filter((declaration) => declaration.name === 'health');
  const host = await startLocalFunctionsHost(httpFunctions, {
    port: settings.localPort,
    functionKey: settings.functionsKey,
    log,
  });
  let background: { stop(): Promise<void> } = { stop: async () => undefined };
  if (runs('background')) {
    observePoisonQueues();
    // The queues poll as host.json tells the Functions host to, so local latency is Azure's.
    const polling = hostQueuePolling(JSON.parse(readFileSync(join(__dirname, '../../host.json'), 'utf8')));
    const queues = startLocalQueueListeners(table, {
      queueClient,
      log,
      batchSize: polling.batchSize,
      pollIntervalMs: [100, polling.maxPollingIntervalMs],
    });
    const timers = startLocalTimers(table, log);
    background = {
      stop: async () => {
        timers.stop();
        await queues.stop();
      },
    };
  }
  const storageKeeper = keepLocalStorage({ probe: dependencies.probeStorage, prepare: prepareLocalStorage, log });
  console.log(`Portico Functions (local host, ${settings.localTriggers} functions) listening on ${host.url}/api`);
  return {
    close: async () => {
      storageKeeper.stop();
      await background.stop();
      await host.close();
      await runningTelemetry.shutdown();
    },
  };
});
