// `npm start`: the whole local stack, with demo data, until Ctrl-C.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runUntilSignalled } from '@portico/app-runtime';
import { startLocalStack, type RunningLocalStack } from './local-stack';

const { values } = parseArgs({
  options: {
    persist: { type: 'boolean', default: false },
    'free-ports': { type: 'boolean', default: false },
    'ready-file': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    dev: { type: 'boolean', default: false },
  },
});

/**
 * Azurite 3.37 and Portico's production runtime both need Node.js 22; `npm start` runs on the one
 * `npm install` brings (the `node` dev dependency), whatever Node.js the machine has.
 */
const minimumNodeMajor = 22;

runUntilSignalled(async () => {
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor < minimumNodeMajor) {
    throw new Error(
      `Portico could not start: it needs Node.js ${minimumNodeMajor} or newer; this is ${process.version}. Start it with \`npm start\`, which runs on the Node.js 22 that \`npm install\` brings.`,
    );
  }
  const started = Date.now();
  const stack: RunningLocalStack = await startLocalStack({
    repoRoot: join(__dirname, '../../..'),
    persist: values.persist,
    freePorts: values['free-ports'],
    development: values.dev,
    log: values.quiet ? () => undefined : (line) => console.log(line),
  }).catch((error: unknown) => {
    throw new Error(`Portico could not start: ${error instanceof Error ? error.message : String(error)}`);
  });
  const { urls } = stack;
  console.log(
    [
      '',
      `Portico is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s). Open:`,
      `  Portal                 ${urls.web}`,
      `  Sign in as demo guest  ${urls.demoGuestSignIn}`,
      `  Staff console          ${urls.web}/staff`,
      `  Outbox (sent e-mails)  ${urls.web}/outbox`,
      '  A call: sign in as the demo guest in one window and open "Intake consultation" → Join the call;',
      '          in another, the staff console admits them from the lobby and joins the same call.',
      `  Outlook (stand-in)     ${urls.web}/staff/outlook`,
      '  Calendar sync: in the staff console turn "Outlook calendar sync" on, then add or move a Teams',
      '          meeting with a guest in the Outlook stand-in; the guest is invited and told of each move.',
      `  Functions API health   ${urls.functions}/health`,
      `  Emulators health       ${urls.emulators}/health`,
      `  Storage (Azurite)      ${values.persist ? 'kept in .azurite/' : 'in memory; --persist keeps it'}`,
      'Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  );
  if (values['ready-file']) await writeFile(values['ready-file'], JSON.stringify(urls));
  return { close: () => stack.stop() };
});
