import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPorticoWebServer } from './portico-web-server';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

// node:http, not fetch: fetch refuses to send TRACE at all.
function send(server: Server, method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('createPorticoWebServer', () => {
  const handled: string[] = [];
  const server = createPorticoWebServer(async (request, response) => {
    handled.push(`${request.method} ${request.url}`);
    response.end('from next');
  });
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => handled.splice(0));

  it('answers TRACE with a 405 problem in the caller’s language, without reaching Next.js', async () => {
    const answer = await send(server, 'TRACE', '/sign-in?x=1', { 'accept-language': 'nl' });
    expect(answer.status).toBe(405);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(answer.headers['allow']).toBe('GET, HEAD, POST, OPTIONS');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(answer.body)).toMatchObject({
      code: 'request.method-not-allowed',
      status: 405,
      instance: '/sign-in',
      title: 'Dit soort verzoek wordt niet ondersteund',
    });
    expect(handled).toEqual([]);
  });

  it('answers a broken percent escape with a 400 problem', async () => {
    const answer = await send(server, 'GET', '/a/%E0%A4%A');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'request.invalid', instance: '/a/%E0%A4%A' });
    expect(handled).toEqual([]);
  });

  it('hands everything else to Next.js', async () => {
    const answer = await send(server, 'POST', '/staff');
    expect(answer).toMatchObject({ status: 200, body: 'from next' });
    expect(handled).toEqual(['POST /staff']);
  });
});
