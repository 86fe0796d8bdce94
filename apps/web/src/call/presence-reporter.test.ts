import type { GuestPhase } from '@portico/domain';
import type { PresenceReply } from '@portico/api-contract';
import { PresenceReporter } from './presence-reporter';

const reply = (nextReportInSeconds: number, text?: string): PresenceReply => ({
  nextReportInSeconds,
  lobbyMessage: text ? { text, from: 'Dr. Ada Visser', sentAt: '2026-12-01T09:00:00.000Z' } : null,
});

describe('the guest’s presence reports', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const reporter = (answer: (phase: GuestPhase) => Promise<PresenceReply>) => {
    const sent: GuestPhase[] = [];
    const replies: PresenceReply[] = [];
    const presence = new PresenceReporter(
      (phase) => {
        sent.push(phase);
        return answer(phase);
      },
      (given) => replies.push(given),
    );
    return { presence, sent, replies };
  };

  it('reports each new phase at once, then beats as often as the portal asks, until out of the call', async () => {
    const { presence, sent, replies } = reporter(async (phase) => reply(phase === 'lobby' ? 5 : 10, 'Running late'));
    presence.report('device-check');
    presence.report('device-check');
    await jest.advanceTimersByTimeAsync(9_999);
    expect(sent).toEqual(['device-check']);
    await jest.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['device-check', 'device-check']);
    presence.report('lobby');
    await jest.advanceTimersByTimeAsync(5_000);
    expect(sent).toEqual(['device-check', 'device-check', 'lobby', 'lobby']);
    expect(replies.at(-1)?.lobbyMessage?.text).toBe('Running late');
    presence.report('left');
    await jest.advanceTimersByTimeAsync(60_000);
    expect(sent.slice(4)).toEqual(['left']);
  });

  it('sends one report at a time, in order, and drops a waiting one that a newer phase replaced', async () => {
    const answers: ((given: PresenceReply) => void)[] = [];
    const { presence, sent } = reporter(() => new Promise((resolve) => answers.push(resolve)));
    presence.report('device-check');
    await jest.advanceTimersByTimeAsync(0);
    presence.report('lobby');
    presence.report('in-call');
    await jest.advanceTimersByTimeAsync(0);
    // The lobby report was still waiting for the first to be answered: it never goes.
    expect(sent).toEqual(['device-check']);
    answers[0]?.(reply(1));
    await jest.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['device-check', 'in-call']);
    answers[1]?.(reply(10));
    await jest.advanceTimersByTimeAsync(1_000);
    expect(sent).toEqual(['device-check', 'in-call']);
    await jest.advanceTimersByTimeAsync(9_000);
    expect(sent).toEqual(['device-check', 'in-call', 'in-call']);
  });

  it('says goodbye at once when the page goes away from the lobby or the call, and nothing after', async () => {
    const { presence, sent } = reporter(() => new Promise(() => undefined));
    presence.report('lobby');
    await jest.advanceTimersByTimeAsync(0);
    presence.leave();
    presence.report('in-call');
    await jest.advanceTimersByTimeAsync(60_000);
    expect(sent).toEqual(['lobby', 'left']);
    const out = reporter(async () => reply(10));
    out.presence.report('refused');
    await jest.advanceTimersByTimeAsync(0);
    out.presence.leave();
    expect(out.sent).toEqual(['refused']);
  });

  it('tries a failed report again at the usual beat, and stops for good when told', async () => {
    const { presence, sent } = reporter(async () => Promise.reject(new TypeError('Failed to fetch')));
    presence.report('lobby');
    await jest.advanceTimersByTimeAsync(10_000);
    expect(sent).toEqual(['lobby', 'lobby']);
    presence.stop();
    presence.report('in-call');
    await jest.advanceTimersByTimeAsync(60_000);
    expect(sent).toEqual(['lobby', 'lobby']);
  });
});
