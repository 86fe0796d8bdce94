import { RestError } from '@azure/data-tables';
import { HttpRequest, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { withProblemHandling } from './with-problem-handling';

const request = new HttpRequest({ method: 'GET', url: 'http://127.0.0.1/api/x', headers: { 'accept-language': 'nl' } });

async function run(error: unknown): Promise<{ response: HttpResponseInit; logged: string[] }> {
  const logged: string[] = [];
  const context = new InvocationContext({
    functionName: 'x',
    logHandler: (_level, ...args) => void logged.push(args.join(' ')),
  });
  const response = (await withProblemHandling(async () => {
    throw error;
  })(request, context)) as HttpResponseInit;
  return { response, logged };
}

describe('withProblemHandling', () => {
  it('turns an unexpected failure into a 500 problem without the stack, and logs it', async () => {
    const { response, logged } = await run(new TypeError('secret internals at line 42'));
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

  it('turns unreachable storage into a 503 the caller may retry', async () => {
    const { response } = await run(new RestError('connect ECONNREFUSED', { code: 'ECONNREFUSED' }));
    expect(response.status).toBe(503);
    expect(JSON.parse(String(response.body)).code).toBe('dependency.unavailable');
  });
});
