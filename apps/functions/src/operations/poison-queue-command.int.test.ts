import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { composeFunctionsApp } from '../composition-root';
import { integrationFunctionsEnv } from '../testing/integration-functions-env';

const run = promisify(execFile);
const tsx = join(__dirname, '../../../../node_modules/.bin/tsx');
const command = join(__dirname, 'poison-queue-command.ts');

describe('the poison queue command, against Azurite', () => {
  const env = { ...process.env, ...integrationFunctionsEnv(`test-key-${randomUUID()}`) };
  const app = composeFunctionsApp(env);
  const poison = app.queueClient('invitations-poison');
  const queue = app.queueClient('invitations');

  beforeAll(async () => {
    await app.prepareLocalStorage();
    await poison.clearMessages();
  });

  it('shows what rests in a poison queue and replays it onto its queue', async () => {
    const notice = { type: 'appointment', appointmentId: `appt-${randomUUID()}`, kind: 'invitation', change: 'x' };
    await poison.sendMessage(Buffer.from(JSON.stringify(notice)).toString('base64'));

    const shown = await run(tsx, [command, 'show', 'invitations'], { env });
    expect(shown.stdout).toContain('invitations-poison: 1 message(s)');
    expect(shown.stdout).toContain(notice.appointmentId);

    const replayed = await run(tsx, [command, 'replay', 'invitations'], { env });
    expect(replayed.stdout).toContain('Replayed 1 message(s) from invitations-poison onto invitations.');
    // Other test files queue invitations here too; the replayed notice is among them.
    const waiting = (await queue.peekMessages({ numberOfMessages: 32 })).peekedMessageItems.map(
      (m) => JSON.parse(Buffer.from(m.messageText, 'base64').toString('utf8')) as unknown,
    );
    expect(waiting).toContainEqual(notice);
    expect((await poison.peekMessages({ numberOfMessages: 1 })).peekedMessageItems).toEqual([]);
  }, 60_000);

  it('never prints an address or a token, and still replays the message whole', async () => {
    await poison.clearMessages();
    const email = `jane-${randomUUID()}@example.com`;
    const notice = { type: 'sign-in', email, locale: 'en', requestId: randomUUID(), token: `live-${randomUUID()}` };
    await poison.sendMessage(Buffer.from(JSON.stringify(notice)).toString('base64'));

    const shown = await run(tsx, [command, 'show', 'invitations'], { env });
    expect(shown.stdout).toContain('"type":"sign-in"');
    expect(shown.stdout).not.toContain(notice.token);
    expect(shown.stdout).not.toContain(email);

    await run(tsx, [command, 'replay', 'invitations'], { env });
    const waiting = (await queue.peekMessages({ numberOfMessages: 32 })).peekedMessageItems.map(
      (m) => JSON.parse(Buffer.from(m.messageText, 'base64').toString('utf8')) as unknown,
    );
    expect(waiting).toContainEqual(notice);
  }, 60_000);

  it('says how to use it when the queue is not one of Portico’s', async () => {
    await expect(run(tsx, [command, 'replay', 'elsewhere'], { env })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Usage: poison <show|replay> <invitations|calendar-notifications>'),
    });
  }, 60_000);
});
