import { createServer, type Server } from 'node:http';

export interface RunningEmulators {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The HTTP server that hosts the local stand-ins on 127.0.0.1. For now it answers `/health`; the
 * Graph, ACS identity, e-mail and meeting-relay emulators mount here as they arrive.
 */
export async function startEmulators(port: number): Promise<RunningEmulators> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method === 'GET' && path === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', emulators: [] }));
      return;
    }
    res
      .writeHead(404, { 'content-type': 'application/json' })
      .end(JSON.stringify({ error: { code: 'NotFound', message: `No emulator serves ${path}` } }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
