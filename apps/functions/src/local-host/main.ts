// Runs the Functions app on a machine without Azure Functions Core Tools: `npm run start:local`.
import { runUntilSignalled } from '@portico/app-runtime';
import { startTelemetry } from '@portico/app-runtime/telemetry';
import { composeFunctionsApp } from '../composition-root';
import { functionTable } from '../function-table';
import { startLocalFunctionsHost } from './local-functions-host';
import { startLocalQueueListeners } from './local-queue-listener';
import { startLocalTimers } from './local-timer-scheduler';
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
  observePoisonQueues();
  const table = functionTable(dependencies);
  const log = (line: string) => console.log(line);
  const host = await startLocalFunctionsHost(table, {
    port: settings.localPort,
    functionKey: settings.functionsKey,
    log,
  });
  const queues = startLocalQueueListeners(table, { queueClient, log });
  const timers = startLocalTimers(table, log);
  const storageKeeper = keepLocalStorage({ probe: dependencies.probeStorage, prepare: prepareLocalStorage, log });
  console.log(`Portico Functions (local host) listening on ${host.url}/api`);
  return {
    close: async () => {
      storageKeeper.stop();
      timers.stop();
      await queues.stop();
      await host.close();
      await runningTelemetry.shutdown();
    },
  };
});
