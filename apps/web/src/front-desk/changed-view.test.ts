import { changedView, viewVersion } from './changed-view';

const noWait = async () => undefined;
const options = (signal = new AbortController().signal) => ({ holdMs: 3_000, everyMs: 1_000, signal, wait: noWait });

describe('the front desk’s long poll', () => {
  it('answers at once a client that has no version yet', async () => {
    const reads: number[] = [];
    const answer = await changedView(async () => ({ ok: true, value: { n: reads.push(1) } }), undefined, options());
    expect(answer).toEqual({ ok: true, value: { view: { n: 1 }, version: viewVersion({ n: 1 }) } });
  });

  it('holds while the view is what the client has, and answers as soon as it changes', async () => {
    const views = [{ n: 1 }, { n: 1 }, { n: 2 }];
    const answer = await changedView(
      async () => ({ ok: true, value: views.shift() ?? { n: 9 } }),
      viewVersion({ n: 1 }),
      options(),
    );
    expect(answer.ok && answer.value.view).toEqual({ n: 2 });
    expect(views).toEqual([]);
  });

  it('answers with the unchanged view when the hold is over, or when the client went away', async () => {
    let reads = 0;
    const same = async () => ({ ok: true as const, value: { n: ++reads * 0 } });
    await changedView(same, viewVersion({ n: 0 }), options());
    expect(reads).toBe(4);
    reads = 0;
    const gone = new AbortController();
    gone.abort();
    await changedView(same, viewVersion({ n: 0 }), options(gone.signal));
    expect(reads).toBe(1);
  });

  it('ends the wait with a failed read', async () => {
    const answer = await changedView(async () => ({ ok: false, error: 'down' }), 'abc', options());
    expect(answer).toEqual({ ok: false, error: 'down' });
  });
});
