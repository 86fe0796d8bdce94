import { keepLocalStorage } from './local-storage-keeper';

const notFound = Object.assign(new Error('TableNotFound'), { statusCode: 404 });
const waitFor = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('keepLocalStorage', () => {
  it('makes storage again when the tables are gone, and only then', async () => {
    const outcomes: (Error | undefined)[] = [undefined, new Error('ECONNREFUSED'), notFound, undefined];
    let probes = 0;
    let prepared = 0;
    const keeper = keepLocalStorage({
      probe: async () => {
        const outcome = outcomes[probes++];
        if (outcome) throw outcome;
      },
      prepare: async () => void prepared++,
      log: () => undefined,
      intervalMs: 1,
    });
    await waitFor(() => probes >= outcomes.length);
    keeper.stop();
    expect(prepared).toBe(1);
  });
});
