import type { Timer } from '@azure/functions';
import type { TimerFunctionDeclaration } from '../function-declaration';
import { runTimerFunction, startLocalTimers } from './local-timer-scheduler';

function timerFunction(schedule: string, onRun: (timer: Timer) => void): TimerFunctionDeclaration {
  return { name: 'tick', trigger: { kind: 'timer', schedule }, handler: (timer) => void onRun(timer) };
}

describe('the local timer scheduler', () => {
  it('runs a timer function on its six-field NCRONTAB schedule until stopped', async () => {
    const runs: Timer[] = [];
    let reached: () => void = () => undefined;
    const twoRuns = new Promise<void>((resolve) => (reached = resolve));
    const timers = startLocalTimers(
      [
        timerFunction('* * * * * *', (timer) => {
          runs.push(timer);
          if (runs.length === 2) reached();
        }),
      ],
      () => undefined,
    );
    await twoRuns;
    timers.stop();
    expect(runs[0]).toMatchObject({ isPastDue: false, schedule: { adjustForDST: false } });
  });

  it('runs one now with the timer object the host hands over, logging through the context', async () => {
    const lines: string[] = [];
    await runTimerFunction(
      {
        name: 'report',
        trigger: { kind: 'timer', schedule: '0 0 * * * *' },
        handler: (_timer, context) => context.log('ran'),
      },
      (line) => lines.push(line),
    );
    expect(lines).toEqual(['[report] information: ran']);
  });
});
