import { porticoError } from '@portico/domain';
import { resilientTokenRefresher } from './resilient-token-refresher';

describe('the token refresher the ACS credential calls', () => {
  const noWait = async () => undefined;

  it('tries again after a network failure, so the credential keeps its schedule', async () => {
    const answers = [new TypeError('Failed to fetch'), new TypeError('Failed to fetch'), 'fresh-token'];
    const waited: number[] = [];
    const refresh = resilientTokenRefresher(
      async () => {
        const next = answers.shift();
        if (next instanceof Error) throw next;
        return next ?? '';
      },
      async (ms) => void waited.push(ms),
    );
    await expect(refresh()).resolves.toBe('fresh-token');
    expect(waited).toEqual([1_000, 2_000]);
  });

  it('tries again when the portal answers that a dependency is unavailable (a gateway hiccup)', async () => {
    const answers: unknown[] = [porticoError('dependency.unavailable'), 'fresh-token'];
    const refresh = resilientTokenRefresher(async () => {
      const next = answers.shift();
      if (typeof next !== 'string') throw next;
      return next;
    }, noWait);
    await expect(refresh()).resolves.toBe('fresh-token');
  });

  it('passes the portal’s refusal on at once', async () => {
    let tries = 0;
    const refresh = resilientTokenRefresher(async () => {
      tries++;
      throw porticoError('join.closed');
    }, noWait);
    await expect(refresh()).rejects.toEqual({ code: 'join.closed' });
    expect(tries).toBe(1);
  });

  it('gives up after its last try', async () => {
    let tries = 0;
    const refresh = resilientTokenRefresher(async () => {
      tries++;
      throw new TypeError('Failed to fetch');
    }, noWait);
    await expect(refresh()).rejects.toThrow('Failed to fetch');
    expect(tries).toBe(6);
  });
});
