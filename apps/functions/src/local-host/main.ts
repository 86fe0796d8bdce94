// Runs the Functions app on a machine without Azure Functions Core Tools: `npm run start:local`.
import { runUntilSignalled } from '@portico/app-runtime';
import { composeFunctionsApp } from '../composition-root';
import { functionTable } from '../function-table';
import { startLocalFunctionsHost } from './local-functions-host';

runUntilSignalled(async () => {
  const { settings, dependencies, prepareLocalStorage } = composeFunctionsApp();
  if (settings.environment !== 'local' || !settings.functionsKey) {
    throw new Error(
      'The local Functions host runs only with PORTICO_ENVIRONMENT=local; in Azure the Functions host serves the app.',
    );
  }
  await prepareLocalStorage();
  const host = await startLocalFunctionsHost(functionTable(dependencies), {
    port: settings.localPort,
    functionKey: settings.functionsKey,
    log: (line) => console.log(line),
  });
  console.log(`Portico Functions (local host) listening on ${host.url}/api`);
  return host;
});
