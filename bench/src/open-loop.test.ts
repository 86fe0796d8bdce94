import { openLoop } from './open-loop';

describe('openLoop', () => {
  it('starts every operation of the run, counts the refused and the thrown as failures, and sorts the latencies', async () => {
    let started = 0;
    const run = await openLoop(200, 0.1, async () => {
      started++;
      if (started % 5 === 0) throw new Error('refused by the network');
      return started % 4 !== 0;
    });
    expect(started).toBe(20);
    expect(run.latencies).toHaveLength(20);
    // Thrown: the 5th, 10th, 15th, 20th; refused: the 4th, 8th, 12th, 16th.
    expect(run.failures).toBe(8);
    expect([...run.latencies].sort((a, b) => a - b)).toEqual(run.latencies);
  });

  it('does not wait for an operation to finish before starting the next', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const release: (() => void)[] = [];
    const running = openLoop(1000, 0.01, () => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      return new Promise<boolean>((resolve) => release.push(() => resolve(true)));
    });
    while (release.length < 10) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(mostInFlight).toBe(10);
    for (const done of release) done();
    expect((await running).latencies).toHaveLength(10);
  });
});
