import { Agent, request } from 'node:http';

/**
 * A function that sends one HTTP request over a pool of kept-alive connections and says whether the
 * answer had the expected status. Built on node:http, not fetch, so that at hundreds of requests a
 * second the bench's own client costs as little of the machine as it can.
 */
export function keepAliveRequests(
  url: string,
  init: { readonly method: string; readonly headers: Readonly<Record<string, string>>; readonly body?: string },
  expectedStatus: number,
): { send: () => Promise<boolean>; close: () => void } {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const target = new URL(url);
  return {
    send: () =>
      new Promise<boolean>((resolve, reject) => {
        const outgoing = request(target, { method: init.method, headers: init.headers, agent }, (answer) => {
          answer.resume();
          answer.on('end', () => resolve(answer.statusCode === expectedStatus));
          answer.on('error', reject);
        });
        outgoing.on('error', reject);
        outgoing.end(init.body);
      }),
    close: () => agent.destroy(),
  };
}
