import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import { z } from 'zod';
import { createPorticoWebServer } from './portico-web-server';

/**
 * Starts the portal: `--dev` compiles on demand (`next dev`), otherwise it serves the build in
 * `--dir` (a `next build` tree or the standalone output), as `next start` would. The port comes from
 * `--port` or App Service's `PORT`. This entry and the app's composition root are the only readers
 * of the environment.
 */
const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    dir: { type: 'string', default: '.' },
    hostname: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string' },
  },
});
const port = z.coerce
  .number()
  .int()
  .min(1)
  .max(65_535)
  .parse(values.port ?? process.env['PORT'] ?? '3000');
const dir = resolve(values.dir);
Object.assign(process.env, { NODE_ENV: values.dev ? 'development' : 'production' });

if (!values.dev) {
  // Serve with the configuration the build was made with, as Next's standalone server does, so a
  // production start never compiles next.config.ts.
  const builtWith = JSON.parse(readFileSync(resolve(dir, '.next/required-server-files.json'), 'utf8')) as {
    config: unknown;
  };
  process.env['__NEXT_PRIVATE_STANDALONE_CONFIG'] = JSON.stringify(builtWith.config);
}

const app = next({ dev: values.dev, dir, hostname: values.hostname, port });
app
  .prepare()
  .then(() => {
    const handle = app.getRequestHandler();
    const server = createPorticoWebServer((request, response) => handle(request, response));
    // Next's dev server reloads pages over a WebSocket on this same server.
    const upgrade = app.getUpgradeHandler();
    server.on('upgrade', (request, socket, head) => void upgrade(request, socket, head));
    server.listen(port, values.hostname, () => {
      console.log(`Portico web${values.dev ? ' (development)' : ''} on http://${values.hostname}:${port}`);
    });
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
