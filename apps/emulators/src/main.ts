import { composeEmulators } from './composition-root';
import { startEmulators } from './emulator-server';

async function main(): Promise<void> {
  const settings = composeEmulators();
  const emulators = await startEmulators(settings.port);
  console.log(`Portico emulators listening on ${emulators.url}`);
  const stop = () => void emulators.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
