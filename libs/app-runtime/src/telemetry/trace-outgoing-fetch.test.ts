import { createServer, type Server } from 'node:http';
import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { RedactingSpanProcessor } from './redacting-span-processor';
import { traceOutgoingFetch } from './trace-outgoing-fetch';

describe('traceOutgoingFetch', () => {
  const exported = new InMemorySpanExporter();
  let server: Server;
  let url = '';
  let stop: () => void = () => undefined;

  beforeAll(async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({ spanProcessors: [new RedactingSpanProcessor(), new SimpleSpanProcessor(exported)] }),
    );
    stop = traceOutgoingFetch();
    server = createServer((request, response) =>
      response.writeHead(200, { 'content-type': 'text/plain' }).end(request.headers.traceparent ?? ''),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => {
    stop();
    server.close();
    trace.disable();
    propagation.disable();
    context.disable();
  });

  it('gives each fetch a CLIENT span that carries the trace to the callee, with link tokens redacted', async () => {
    const linkToken = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
    const traceparent = await (await fetch(`${url}/a/${linkToken}?code=s3cret`)).text();
    const spans = exported.getFinishedSpans().filter((span) => span.kind === SpanKind.CLIENT);
    expect(spans).toHaveLength(1);
    const [span] = spans;
    expect(traceparent).toBe(`00-${span?.spanContext().traceId}-${span?.spanContext().spanId}-01`);
    const everything = JSON.stringify({ name: span?.name, attributes: span?.attributes });
    expect(everything).not.toContain(linkToken);
    expect(everything).not.toContain('s3cret');
  });
});
