// `npm run poison -w @portico/functions -- <show|replay> <queue>`: an operator's look at a poison
// queue, and the way to send its messages back for another try. Reads the same settings as the app.
import { calendarNotificationsQueueName, invitationsQueueName } from '@portico/server-adapters';
import { composeFunctionsApp } from '../composition-root';
import { inspectPoisonQueue, replayPoisonQueue } from './replay-poison-queue';

const queues: readonly string[] = [invitationsQueueName, calendarNotificationsQueueName];

async function main(argv: readonly string[]): Promise<number> {
  const [action, queue] = argv;
  if ((action !== 'show' && action !== 'replay') || !queue || !queues.includes(queue)) {
    console.error(`Usage: poison <show|replay> <${queues.join('|')}>`);
    return 2;
  }
  const { queueClient } = composeFunctionsApp();
  const poison = queueClient(`${queue}-poison`);
  if (action === 'show') {
    const report = await inspectPoisonQueue(poison);
    console.log(`${report.queue}: ${report.count} message(s)`);
    for (const message of report.sample) console.log(`  ${message}`);
    return 0;
  }
  const replayed = await replayPoisonQueue(poison, queueClient(queue));
  console.log(`Replayed ${replayed} message(s) from ${queue}-poison onto ${queue}.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
