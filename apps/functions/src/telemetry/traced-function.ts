import { context, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { HttpResponse, type HttpResponseInit, type InvocationContext } from '@azure/functions';
import {
  isHttpFunction,
  isQueueFunction,
  type FunctionDeclaration,
  type HttpFunctionDeclaration,
} from '../function-declaration';
import { porticoMetrics } from './portico-metrics';
import { problemContentType } from '@portico/api-contract';

const tracer = () => trace.getTracer('portico-functions');

/**
 * The declaration with a trace around each invocation: an internal span per request (named by its
 * route template, never its URL) beneath the host's request span, a consumer span per queue message, an internal span per timer run. A
 * refusal is counted by its error code; a join ticket and a processed calendar message are counted.
 */
export function withTelemetry(declaration: FunctionDeclaration): FunctionDeclaration {
  if (isHttpFunction(declaration)) return tracedHttp(declaration);
  const kind = isQueueFunction(declaration) ? SpanKind.CONSUMER : SpanKind.INTERNAL;
  const handler = declaration.handler as (input: unknown, ctx: Parameters<typeof declaration.handler>[1]) => unknown;
  const traced = (input: unknown, invocation: Parameters<typeof declaration.handler>[1]) =>
    inSpan(
      declaration.name,
      kind,
      { 'faas.trigger': declaration.trigger.kind === 'queue' ? 'pubsub' : 'timer' },
      async (span) => {
        await handler(input, invocation);
        if (declaration.name === 'processCalendarMessage') {
          const type = typeof input === 'object' && input !== null && 'type' in input ? String(input.type) : 'unknown';
          span.setAttribute('portico.message_type', type);
          porticoMetrics.calendarMessageProcessed(type);
        }
      },
    );
  return { ...declaration, handler: traced } as FunctionDeclaration;
}

function tracedHttp(declaration: HttpFunctionDeclaration): HttpFunctionDeclaration {
  const route = `/api/${declaration.trigger.route}`;
  return {
    ...declaration,
    handler: (request, invocation) =>
      // The host (the Functions host in Azure, the local host here) owns the request's SERVER span;
      // the function's work is an INTERNAL span beneath it, so each request is one request record.
      inSpan(
        `${request.method} ${route}`,
        SpanKind.INTERNAL,
        { 'faas.trigger': 'http', 'http.request.method': request.method, 'http.route': route },
        async (span) => {
          const result = await declaration.handler(request, invocation);
          const response = result instanceof HttpResponse ? undefined : (result as HttpResponseInit | undefined);
          const status = result instanceof HttpResponse ? result.status : (response?.status ?? 200);
          span.setAttribute('http.response.status_code', status);
          const code = response ? problemCode(response) : undefined;
          if (code) {
            span.setAttribute('portico.error_code', code);
            porticoMetrics.refused(code, declaration.name);
          }
          if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
          if (declaration.name === 'issueJoinTicket' && status === 200) porticoMetrics.joinTicketIssued();
          return result;
        },
        invocationContext(invocation),
      ),
  };
}

/** The trace the host started for this invocation (its W3C `traceparent`), or the active one. */
function invocationContext(invocation: InvocationContext): Context {
  const parent = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/.exec(invocation.traceContext?.traceParent ?? '');
  if (!parent) return context.active();
  const [, traceId = '', spanId = '', flags = '00'] = parent;
  return trace.setSpanContext(context.active(), {
    traceId,
    spanId,
    traceFlags: Number.parseInt(flags, 16),
    isRemote: true,
  });
}

function inSpan<T>(
  name: string,
  kind: SpanKind,
  attributes: Record<string, string>,
  run: (span: Span) => Promise<T>,
  parent: Context = context.active(),
): Promise<T> {
  return tracer().startActiveSpan(name, { kind, attributes }, parent, async (span) => {
    try {
      return await run(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'Error' });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The stable error code of a problem+json response, read from its body. */
function problemCode(response: HttpResponseInit): string | undefined {
  const headers = new Headers(response.headers as HeadersInit | undefined);
  if (headers.get('content-type') !== problemContentType || typeof response.body !== 'string') return undefined;
  try {
    const code = (JSON.parse(response.body) as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}
