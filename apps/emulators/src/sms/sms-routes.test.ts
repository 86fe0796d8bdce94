import { SmsClient } from '@azure/communication-sms';
import { testAccessKey } from '../testing/test-access-key';
import { startEmulators, type RunningEmulators } from '../emulator-server';

describe('the ACS SMS emulator', () => {
  let emulators: RunningEmulators;
  let client: SmsClient;
  beforeAll(async () => {
    emulators = await startEmulators({ port: 0, acsAccessKey: testAccessKey });
    client = new SmsClient(`endpoint=${emulators.url}/;accesskey=${testAccessKey}`, {
      allowInsecureConnection: true,
      retryOptions: { maxRetries: 0 },
    });
  });
  afterEach(() => emulators.smsOutbox.clear());
  afterAll(() => emulators.close());

  it('accepts a send from the real SmsClient and keeps one message per recipient', async () => {
    const results = await client.send(
      { from: '+3197010000001', to: ['+31612345678', '+447911123456'], message: 'See you at 10:00.' },
      { tag: 'reminder' },
    );
    expect(results).toEqual([
      expect.objectContaining({ to: '+31612345678', successful: true, httpStatusCode: 202 }),
      expect.objectContaining({ to: '+447911123456', successful: true, httpStatusCode: 202 }),
    ]);
    const outbox = (await (await fetch(`${emulators.url}/sms/_outbox`)).json()) as { messages: unknown[] };
    expect(outbox.messages).toEqual([
      expect.objectContaining({
        from: '+3197010000001',
        to: '+31612345678',
        message: 'See you at 10:00.',
        tag: 'reminder',
      }),
      expect.objectContaining({ to: '+447911123456' }),
    ]);
  });

  it('fails a number that is not valid E.164 alone, with 400 and ACS message, as ACS does', async () => {
    const results = await client.send({ from: '+3197010000001', to: ['0612345678', '+31612345678'], message: 'Hi' });
    expect(results[0]).toMatchObject({
      to: '0612345678',
      successful: false,
      httpStatusCode: 400,
      errorMessage: 'Invalid To phone number format.',
    });
    expect(results[1]).toMatchObject({ successful: true });
    expect(emulators.smsOutbox.list().map((m) => m.to)).toEqual(['+31612345678']);
  });

  it('refuses a number with the right shape that no numbering plan has', async () => {
    const [result] = await client.send({ from: '+3197010000001', to: ['+3100000'], message: 'Hi' });
    expect(result).toMatchObject({ successful: false, httpStatusCode: 400 });
  });

  it('keeps one message for a repeated repeatability request id', () => {
    const first = emulators.smsOutbox.accept({ from: 'Portico', to: '+31612345678', message: 'Once' }, 'same-id');
    const again = emulators.smsOutbox.accept({ from: 'Portico', to: '+31612345678', message: 'Once' }, 'same-id');
    expect(again).toEqual({ message: first.message, repeated: true });
    expect(emulators.smsOutbox.list()).toHaveLength(1);
  });

  it('fails the next sends when a fault is switched on', async () => {
    await fetch(`${emulators.url}/sms/_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 503, times: 1 }),
    });
    await expect(client.send({ from: '+3197010000001', to: ['+31612345678'], message: 'Hi' })).rejects.toMatchObject({
      statusCode: 503,
    });
    await expect(client.send({ from: '+3197010000001', to: ['+31612345678'], message: 'Hi' })).resolves.toHaveLength(1);
  });

  it('refuses an unsigned request', async () => {
    const response = await fetch(`${emulators.url}/sms?api-version=2021-03-07`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: '+3197010000001', smsRecipients: [{ to: '+31612345678' }], message: 'Hi' }),
    });
    expect(response.status).toBe(401);
    expect(emulators.smsOutbox.list()).toHaveLength(0);
  });
});
