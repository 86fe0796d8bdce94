import { createServer, type Server } from 'node:http';
import { listDemoStaff } from '@/local-stand-ins/demo-staff-directory';
import { outboxMessages } from './outbox-messages';

/** A loopback server that answers every request with this status and body. */
async function answering(status: number, body: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => response.writeHead(status).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

/** An address where nothing listens: a port that was just free. */
async function nobodyListening(): Promise<string> {
  const { url, server } = await answering(200, '');
  await new Promise((resolve) => server.close(resolve));
  return url;
}

describe('the local stand-ins’ readers, when the emulators are down or broken', () => {
  it('say the outbox and the demo staff are unavailable instead of failing the page', async () => {
    const down = await nobodyListening();
    expect(await outboxMessages(down)).toBeUndefined();
    expect(await listDemoStaff(`${down}/graph`)).toEqual({ ok: false, error: { code: 'dependency.unavailable' } });

    const broken = await answering(500, '<html>oops</html>');
    expect(await outboxMessages(broken.url)).toBeUndefined();
    expect((await listDemoStaff(`${broken.url}/graph`)).ok).toBe(false);
    broken.server.close();

    const junk = await answering(200, '{"messages": "not a list", "value": 7}');
    expect(await outboxMessages(junk.url)).toBeUndefined();
    expect((await listDemoStaff(`${junk.url}/graph`)).ok).toBe(false);
    junk.server.close();
  });

  it('read what a working emulator answers', async () => {
    const outbox = await answering(
      200,
      JSON.stringify({
        messages: [
          {
            operationId: 'o1',
            acceptedAt: '2026-11-25T10:00:00Z',
            senderAddress: 'donotreply@portico.localhost',
            to: [],
            subject: 'Hi',
            attachments: [],
          },
        ],
        value: [{ id: 'ada', displayName: 'Ada', mail: 'ada@contoso.example' }],
      }),
    );
    expect(await outboxMessages(outbox.url)).toHaveLength(1);
    expect(await listDemoStaff(`${outbox.url}/graph`)).toEqual({
      ok: true,
      value: [{ id: 'ada', displayName: 'Ada', mail: 'ada@contoso.example' }],
    });
    outbox.server.close();
  });
});
