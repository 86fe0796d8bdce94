import { runUntilSignalled } from '@portico/app-runtime';
import { composeEmulators } from './composition-root';
import { startEmulators } from './emulator-server';

runUntilSignalled(async () => {
  const emulators = await startEmulators(composeEmulators());
  console.log(`Portico emulators listening on ${emulators.url}`);
  return emulators;
});
