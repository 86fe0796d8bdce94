// `npm start`: the whole local stack, with demo data, until Ctrl-C.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalStack, type RunningLocalStack } from './local-stack';

const { values } = parseArgs({
  options: {
    web: { type: 'string', default: 'dev' },
    persist: { type: 'boolean', default: false },
    'free-ports': { type: 'boolean', default: false },
    'ready-file': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  if (values.web !== 'dev' && values.web !== 'production') throw new Error('--web must be "dev" or "production"');
  const started = Date.now();
  const stack: RunningLocalStack = await startLocalStack({
    repoRoot: join(__dirname, '../../..'),
    web: values.web,
    persist: values.persist,
    freePorts: values['free-ports'],
    log: values.quiet ? () => undefined : (line) => console.log(line),
  });
  const { urls } = stack;
  console.log(
    [
      '',
      `Portico is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s). Open:`,
      `  Portal                 ${urls.web}`,
      `  Sign in as demo guest  ${urls.demoGuestSignIn}`,
      `  Functions API health   ${urls.functions}/health`,
      `  Emulators health       ${urls.emulators}/health`,
      `  Storage (Azurite)      ${values.persist ? 'kept in .azurite/' : 'in memory; --persist keeps it'}`,
      'Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  );
  if (values['ready-file']) await writeFile(values['ready-file'], JSON.stringify(urls));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping Portico…');
    void stack.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Portico could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
