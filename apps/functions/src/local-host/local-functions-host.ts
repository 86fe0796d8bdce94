import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HttpRequest, HttpResponse, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { porticoError, negotiateLocale, type PorticoError } from '@portico/domain';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  isHttpFunction,
  isTimerFunction,
  type FunctionDeclaration,
  type HttpFunctionDeclaration,
} from '../function-declaration';
import { runTimerFunction } from './local-timer-scheduler';
import { compileRouteTemplate } from './route-template';
import { toProblemDetails, problemContentType } from '@portico/api-contract';

export interface LocalFunctionsHostOptions {
  readonly port: number;
  /** The host key that `authLevel: 'function'` routes require, as Azure does. */
  readonly functionKey: string;
  readonly log?: (line: string) => void;
}

export interface RunningLocalHost {
  readonly url: string;
  close(): Promise<void>;
}

/** Largest request body the local host reads, like the Functions host's own limit. */
const maxBodyBytes = 1024 * 1024;

/**
 * Serves the declared functions over HTTP on 127.0.0.1 with the `@azure/functions` request, response
 * and context types, for machines without Azure Functions Core Tools. It honours routes, methods
 * and function keys the way the real host does; it is never deployed.
 */
export async function startLocalFunctionsHost(
  table: readonly FunctionDeclaration[],
  options: LocalFunctionsHostOptions,
): Promise<RunningLocalHost> {
  const routes = table.filter(isHttpFunction).map((declaration) => ({
    declaration,
    matcher: compileRouteTemplate(declaration.trigger.route),
  }));
  const log = options.log ?? (() => undefined);
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`local host failure: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) writeProblem(res, req, porticoError('internal.unexpected'));
      else res.destroy();
    });
  });

  /** The routes a path matches, with their parameters decoded; `malformed` when a `%` escape is broken. */
  function matchingRoutes(path: string) {
    try {
      return routes.map((route) => ({ ...route, params: route.matcher.match(path) })).filter((r) => r.params);
    } catch (error) {
      if (error instanceof URIError) return 'malformed' as const;
      throw error;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const admin = /^\/admin\/functions\/([A-Za-z0-9_-]+)$/.exec(url.pathname);
    if (admin) return runTimerNow(req, res, url, admin[1] ?? '');
    const candidates = matchingRoutes(url.pathname);
    if (candidates === 'malformed')
      return writeProblem(res, req, porticoError('request.invalid', { issues: 'path: not valid percent-encoding' }));
    if (candidates.length === 0) return writeStatus(res, 404);
    const method = (req.method ?? 'GET').toUpperCase();
    const found = candidates.find((r) => (r.declaration.trigger.methods as readonly string[]).includes(method));
    if (!found?.params) return writeStatus(res, 405);
    const { declaration } = found;
    if (declaration.trigger.authLevel === 'function' && !hasKey(req, url, options.functionKey))
      return writeStatus(res, 401);
    const body = await readBody(req);
    if (body === undefined) return writeStatus(res, 413);
    const request = new HttpRequest({
      method,
      url: url.href,
      headers: flattenHeaders(req),
      query: Object.fromEntries(url.searchParams),
      params: found.params,
      // As the Functions host does, GET and HEAD carry no body, whatever a client sent.
      ...(body.length > 0 && method !== 'GET' && method !== 'HEAD' ? { body: { bytes: body } } : {}),
    });
    // As the Functions host does, the host owns the request's span and hands its trace to the function.
    await hostRequestSpan(declaration, method, async (traceParent) => {
      const context = new InvocationContext({
        invocationId: randomUUID(),
        functionName: declaration.name,
        logHandler: (level, ...args) => log(`[${declaration.name}] ${level}: ${args.map(String).join(' ')}`),
        ...(traceParent ? { traceContext: { traceParent } } : {}),
      });
      const result = await declaration.handler(request, context);
      const response = result instanceof HttpResponse ? result : new HttpResponse((result ?? {}) as HttpResponseInit);
      const bytes = Buffer.from(await response.arrayBuffer());
      response.headers.forEach((value, name) => res.setHeader(name, value));
      res.writeHead(response.status ?? 200);
      res.end(bytes);
      return response.status ?? 200;
    });
  }

  /**
   * `POST /admin/functions/{name}`, the Functions host's way to run a non-HTTP function now. Here it
   * answers 202 once the run has finished, so a test or a person knows the work is done.
   */
  async function runTimerNow(req: IncomingMessage, res: ServerResponse, url: URL, name: string): Promise<void> {
    const declaration = table.find((d) => d.name === name);
    if (!declaration || !isTimerFunction(declaration)) return writeStatus(res, 404);
    if ((req.method ?? 'GET').toUpperCase() !== 'POST') return writeStatus(res, 405);
    if (!hasKey(req, url, options.functionKey)) return writeStatus(res, 401);
    await runTimerFunction(declaration, log);
    return writeStatus(res, 202);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

/**
 * The request's SERVER span, named after the function as the Functions host names its requests, with
 * the route template (never the URL) and the status; `run` gets its `traceparent`.
 */
function hostRequestSpan(
  declaration: HttpFunctionDeclaration,
  method: string,
  run: (traceParent: string | undefined) => Promise<number>,
): Promise<void> {
  const attributes = { 'http.request.method': method, 'http.route': `/api/${declaration.trigger.route}` };
  return trace
    .getTracer('portico-local-functions-host')
    .startActiveSpan(declaration.name, { kind: SpanKind.SERVER, attributes }, async (span) => {
      const { traceId, spanId, traceFlags } = span.spanContext();
      const traceParent = span.isRecording()
        ? `00-${traceId}-${spanId}-${traceFlags.toString(16).padStart(2, '0')}`
        : undefined;
      try {
        const status = await run(traceParent);
        span.setAttribute('http.response.status_code', status);
        if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      } finally {
        span.end();
      }
    });
}

function hasKey(req: IncomingMessage, url: URL, expected: string): boolean {
  const given = req.headers['x-functions-key'] ?? url.searchParams.get('code') ?? '';
  const a = Buffer.from(Array.isArray(given) ? given.join(',') : given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The real host answers routing and key failures with a bare status and no body. */
function writeStatus(res: ServerResponse, status: number): void {
  res.writeHead(status).end();
}

function writeProblem(res: ServerResponse, req: IncomingMessage, error: PorticoError): void {
  const problem = toProblemDetails(error, negotiateLocale(req.headers['accept-language']));
  res.writeHead(problem.status, { 'content-type': problemContentType }).end(JSON.stringify(problem));
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
