import { testAccessKey } from '../testing/test-access-key';
import { EmailClient, type EmailMessage } from '@azure/communication-email';
import { startEmulators, type RunningEmulators } from '../emulator-server';

const message: EmailMessage = {
  senderAddress: 'donotreply@portico.example',
  content: { subject: 'Your appointment', plainText: 'See you then.', html: '<p>See you then.</p>' },
  recipients: { to: [{ address: 'jane@example.com', displayName: 'Jane' }] },
  attachments: [{ name: 'appointment.ics', contentType: 'text/calendar', contentInBase64: 'QkVHSU46VkNBTEVOREFS' }],
};

describe('the ACS Email emulator', () => {
  let emulators: RunningEmulators;
  let client: EmailClient;
  beforeAll(async () => {
    emulators = await startEmulators({ port: 0, acsAccessKey: testAccessKey });
    // The same connection-string form ACS gives, with the access key the emulator checks signatures with.
    client = new EmailClient(`endpoint=${emulators.url}/;accesskey=${testAccessKey}`, {
      allowInsecureConnection: true,
      // The SDK retries 5xx itself; off here, so a switched-on fault is seen as the service sends it.
      retryOptions: { maxRetries: 0 },
    });
  });
  afterEach(() => emulators.outbox.clear());
  afterAll(() => emulators.close());

  it('accepts a send from the real EmailClient, completes the operation and keeps the message', async () => {
    const poller = await client.beginSend(message);
    const result = await poller.pollUntilDone();
    expect(result.status).toBe('Succeeded');
    const outbox = (await (await fetch(`${emulators.url}/email/_outbox`)).json()) as { messages: unknown[] };
    expect(outbox.messages).toEqual([
      expect.objectContaining({
        operationId: result.id,
        senderAddress: message.senderAddress,
        to: [{ address: 'jane@example.com', displayName: 'Jane' }],
        subject: 'Your appointment',
        plainText: 'See you then.',
        html: '<p>See you then.</p>',
        attachments: message.attachments,
      }),
    ]);
  });

  it('keeps one message for a repeated Operation-Id', async () => {
    const operationId = '1c7e2f4a-0d3b-4e5f-8a9b-0c1d2e3f4a5b';
    await (await client.beginSend(message, { operationId })).pollUntilDone();
    await (await client.beginSend(message, { operationId })).pollUntilDone();
    expect(emulators.outbox.list()).toHaveLength(1);
  });

  it('refuses a message without recipients with 400, as ACS does', async () => {
    await expect(client.beginSend({ ...message, recipients: { to: [] } })).rejects.toMatchObject({ statusCode: 400 });
    expect(emulators.outbox.list()).toHaveLength(0);
  });

  it('refuses an unsigned request', async () => {
    const response = await fetch(`${emulators.url}/emails:send?api-version=2025-09-01`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
    });
    expect(response.status).toBe(401);
  });

  it('refuses a request signed with another key, or with a made-up HMAC header', async () => {
    const otherKey = Buffer.alloc(32, 7).toString('base64');
    const forged = new EmailClient(`endpoint=${emulators.url}/;accesskey=${otherKey}`, {
      allowInsecureConnection: true,
      retryOptions: { maxRetries: 0 },
    });
    await expect(forged.beginSend(message)).rejects.toMatchObject({ statusCode: 401 });
    const madeUp = await fetch(`${emulators.url}/emails:send?api-version=2025-09-01`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=AAAA',
      },
      body: JSON.stringify(message),
    });
    expect(madeUp.status).toBe(401);
    expect(emulators.outbox.list()).toEqual([]);
  });

  it('fails the next sends when a fault is switched on, then recovers', async () => {
    const fault = await fetch(`${emulators.url}/email/_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 500, times: 1 }),
    });
    expect(fault.status).toBe(204);
    await expect(client.beginSend(message)).rejects.toMatchObject({ statusCode: 500 });
    await expect((await client.beginSend(message)).pollUntilDone()).resolves.toMatchObject({ status: 'Succeeded' });
    expect(emulators.outbox.list()).toHaveLength(1);
  });
});
