import { RestError } from '@azure/data-tables';
import { HttpRequest, InvocationContext, type HttpHandler, type HttpResponseInit } from '@azure/functions';
import { withProblemHandling } from './with-problem-handling';

const request = new HttpRequest({ method: 'GET', url: 'http://127.0.0.1/api/x', headers: { 'accept-language': 'nl' } });

async function run(handler: HttpHandler, deadlineMs = 5000): Promise<{ response: HttpResponseInit; logged: string[] }> {
  const logged: string[] = [];
  const context = new InvocationContext({
    functionName: 'x',
    logHandler: (_level, ...args) => void logged.push(args.join(' ')),
  });
  const response = (await withProblemHandling(handler, deadlineMs)(request, context)) as HttpResponseInit;
  return { response, logged };
}

const failing =
  (error: unknown): HttpHandler =>
  async () => {
    throw error;
  };

describe('withProblemHandling', () => {
  it('turns an unexpected failure into a 500 problem without the stack, and logs it', async () => {
    const { response, logged } = await run(failing(new TypeError('secret internals at line 42')));
    expect(response.status).toBe(500);
    expect(response.headers).toMatchObject({ 'content-type': 'application/problem+json' });
    const body = JSON.parse(String(response.body));
    expect(body).toMatchObject({
      code: 'internal.unexpected',
      status: 500,
      title: 'Er ging bij ons iets mis',
      instance: '/api/x',
    });
    expect(String(response.body)).not.toContain('secret internals');
    expect(logged.join('\n')).toContain('secret internals');
  });

  it('turns unreachable storage into a 503 the caller may retry, saying when', async () => {
    const { response } = await run(failing(new RestError('connect ECONNREFUSED', { code: 'ECONNREFUSED' })));
    expect(response.status).toBe(503);
    expect(response.headers).toMatchObject({ 'retry-after': '5' });
    expect(JSON.parse(String(response.body)).code).toBe('dependency.unavailable');
  });

  it('never turns a dependency’s 404, failure or timeout into a 500', async () => {
    for (const error of [
      new RestError('No such identity.', { statusCode: 404 }),
      Object.assign(new Error('Not found'), { name: 'GraphError', statusCode: 404 }),
      Object.assign(new Error('Service unavailable'), { name: 'GraphError', statusCode: 503 }),
      Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' }),
    ]) {
      const { response } = await run(failing(error));
      expect(response.status).toBe(503);
      expect(JSON.parse(String(response.body)).code).toBe('dependency.unavailable');
    }
  });

  it('answers 503 at the deadline when a dependency hangs, and logs which function waited', async () => {
    const { response, logged } = await run(() => new Promise<never>(() => undefined), 50);
    expect(response.status).toBe(503);
    expect(response.headers).toMatchObject({ 'retry-after': '5' });
    expect(logged.join('\n')).toContain('x was still waiting on a dependency after 50 ms');
  });

  it('still logs a failure that comes after the deadline answer', async () => {
    let fail: (error: Error) => void = () => undefined;
    const { response, logged } = await run(() => new Promise<never>((_resolve, reject) => (fail = reject)), 20);
    expect(response.status).toBe(503);
    fail(new Error('storage gave up at last'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(logged.join('\n')).toContain('x failed after its deadline: Error: storage gave up at last');
  });

  it('passes a handler’s own answer through', async () => {
    const { response } = await run(async () => ({ status: 204 }));
    expect(response.status).toBe(204);
  });
});
