import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { apiHeaders } from '@portico/api-contract';
import { composeFunctionsApp } from './composition-root';
import { isHttpFunction } from './function-declaration';
import { functionTable } from './function-table';
import { startLocalFunctionsHost, type RunningLocalHost } from './local-host/local-functions-host';
import { integrationFunctionsEnv } from './testing/integration-functions-env';

/**
 * The standing hostile-input suite for the Functions API: every HTTP route in the function table,
 * whatever it is, gets the same corpus of bad ids, bodies, headers, methods and credentials. No
 * answer may be a 5xx, and every answer with a body is problem+json without a stack. New routes
 * join by being in the table. The tally is printed so a run shows how much was tried.
 */

const functionKey = `test-key-${randomUUID()}`;

/** Path parameters a caller can put in `{id}`: broken escapes, key and OData metacharacters, controls, size. */
const hostileIds = [
  '%ZZ',
  '%',
  '%E0%A4%A',
  '..%2F..%2Fetc%2Fpasswd',
  "x'%20or%20PartitionKey%20ne%20'",
  'appointment%7C00000000',
  '%00',
  '%0D%0ABcc%3A%20a%40b.c',
  '%E2%80%AE' + 'evil',
  '%F0%9F%98%80',
  'a'.repeat(2000),
  `${randomUUID()}`,
];

const nested = (depth: number): unknown => (depth === 0 ? {} : { a: nested(depth - 1) });

/** Bodies that are not what any route wants: broken, empty, of the wrong type or shape, or too large. */
const hostileBodies: readonly { readonly name: string; readonly body?: string; readonly contentType?: string }[] = [
  { name: 'no body' },
  { name: 'empty', body: '', contentType: 'application/json' },
  { name: 'malformed JSON', body: '{"token": ', contentType: 'application/json' },
  { name: 'null', body: 'null', contentType: 'application/json' },
  { name: 'array', body: '[1,2,3]', contentType: 'application/json' },
  { name: 'string', body: '"hello"', contentType: 'application/json' },
  { name: 'prototype pollution', body: '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}' },
  { name: 'wrong types', body: JSON.stringify({ email: 42, token: [], startsAt: {}, guests: 'x', link: null }) },
  {
    name: 'controls and bidi',
    body: JSON.stringify({
      email: 'a\r\nBcc: b@example.com',
      token: '\u202e\u0000',
      subject: 'Hi\r\nBcc: x@example.com',
      guests: [{ name: '\u202eevil', email: 'x@example.com', locale: 'en', timeZone: 'Europe/Amsterdam' }],
    }),
  },
  { name: 'deeply nested', body: JSON.stringify(nested(2000)) },
  { name: 'not JSON at all', body: '<xml>nope</xml>', contentType: 'application/xml' },
  { name: 'form-encoded', body: 'email=a%40b.c', contentType: 'application/x-www-form-urlencoded' },
  { name: 'over a megabyte', body: JSON.stringify({ token: 'x'.repeat(1024 * 1024 + 10) }) },
];

/** Forged or malformed callers, on top of the function key the web app would send. */
const hostileHeaders: readonly Record<string, string>[] = [
  {},
  { [apiHeaders.guestEmail]: 'not-an-address' },
  { [apiHeaders.guestEmail]: "x' or '1'='1@example.com" },
  {
    [apiHeaders.staffId]: "../'",
    [apiHeaders.staffName]: '%ZZ',
    [apiHeaders.staffEmail]: 'nobody',
  },
  {
    [apiHeaders.staffId]: randomUUID(),
    [apiHeaders.staffName]: 'Eve%0D%0A',
    [apiHeaders.staffEmail]: 'eve@example.com',
    [apiHeaders.ifMatch]: 'W/"garbage',
    [apiHeaders.idempotencyKey]: "'; DROP TABLE",
    [apiHeaders.acceptLanguage]: 'xx-INVALID;q=abc, *;q=2',
  },
];

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'];

interface Answer {
  readonly request: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
): Promise<Omit<Answer, 'request'>> {
  return new Promise((resolve, reject) => {
    const framing = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const outgoing = request(url, { method, headers: { ...headers, ...framing } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers['content-type'] ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    // A server may answer (413) and close before it has read a large body.
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    outgoing.setTimeout(10_000, () => outgoing.destroy(new Error(`no answer to ${method} ${url.slice(0, 120)}`)));
    outgoing.end(body);
  });
}

describe('hostile input to every Functions route', () => {
  let host: RunningLocalHost;
  const app = composeFunctionsApp(integrationFunctionsEnv(functionKey));
  const routes = functionTable(app.dependencies).filter(isHttpFunction);
  const answers: Answer[] = [];

  const send = async (
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: string; key?: string | null } = {},
  ): Promise<void> => {
    const key = options.key === undefined ? functionKey : options.key;
    const headers = { ...(key === null ? {} : { [apiHeaders.functionKey]: key }), ...options.headers };
    // node:http sends any method and the path byte for byte, as an attacker's client would.
    const answer = await rawRequest(`${host.url}/api/${path}`, method, headers, options.body);
    answers.push({ request: `${method} /api/${path.slice(0, 80)}`, ...answer });
  };

  const pathsOf = (route: string) =>
    route.includes('{') ? hostileIds.map((id) => route.replace(/\{[^}]+\}/, id)) : [route];

  beforeAll(async () => {
    await app.prepareLocalStorage();
    host = await startLocalFunctionsHost(routes, { port: 0, functionKey });
  });
  afterAll(async () => {
    await host.close();
    const byClass = answers.reduce<Record<string, number>>((tally, { status }) => {
      const statusClass = `${Math.floor(status / 100)}xx`;
      return { ...tally, [statusClass]: (tally[statusClass] ?? 0) + 1 };
    }, {});
    const classes = Object.entries(byClass)
      .sort()
      .map(([statusClass, count]) => `${statusClass} ${count}`)
      .join(', ');
    console.log(`hostile input (Functions): ${answers.length} requests over ${routes.length} routes; ${classes}`);
  });

  it('answers every route, id, body, header set, method and credential with a 4xx (or a 2xx), never a 5xx', async () => {
    for (const route of routes) {
      const [method = 'GET'] = route.trigger.methods;
      for (const path of pathsOf(route.trigger.route)) {
        for (const { body, contentType } of hostileBodies)
          for (const headers of hostileHeaders)
            await send(method, path, {
              headers: { ...headers, ...(contentType === undefined ? {} : { 'content-type': contentType }) },
              ...(body === undefined ? {} : { body }),
            });
        for (const other of methods) await send(other, path);
        await send(method, path, { key: null });
        await send(method, path, { key: 'forged-key' });
        await send(method, `${path}?code=forged-key`, { key: null });
      }
    }
    const serverErrors = answers.filter((answer) => answer.status >= 500 && answer.status !== 503);
    expect(serverErrors.map((a) => `${a.request} → ${a.status} ${a.body.slice(0, 200)}`)).toEqual([]);
    expect(answers.length).toBeGreaterThan(1000);
  });

  it('gives problem+json for every answer with a body, never a stack trace or an internal path', () => {
    const withBody = answers.filter((answer) => answer.status >= 400 && answer.body !== '');
    expect(withBody.length).toBeGreaterThan(100);
    const notProblems = withBody.filter((answer) => answer.contentType !== 'application/problem+json');
    expect(notProblems.map((a) => `${a.request} → ${a.status} ${a.contentType}`)).toEqual([]);
    const leaks = withBody.filter((answer) => /\bat \S+ \(|node_modules|\/src\/|Error:/.test(answer.body));
    expect(leaks.map((a) => `${a.request} → ${a.body.slice(0, 200)}`)).toEqual([]);
  });

  it('never answers 503 here, where every dependency is up: a 503 would hide a failure', () => {
    expect(answers.filter((answer) => answer.status === 503).map((a) => a.request)).toEqual([]);
  });
});
