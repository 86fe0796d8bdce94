import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

const tracer = () => trace.getTracer('portico-functions');

/**
 * The adapter with a client span around each of its methods (`graph.meeting-directory.createMeeting`),
 * so every call to Graph, ACS or storage shows in the request's trace. Only the port, the method and
 * an error's stable code are recorded; never arguments or results, which may name a person.
 */
export function tracedPort<T extends object>(portName: string, adapter: T): T {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) =>
        tracer().startActiveSpan(`${portName}.${property}`, { kind: SpanKind.CLIENT }, async (span) => {
          try {
            const result: unknown = await (value as (...a: unknown[]) => unknown).apply(target, args);
            const code = errorCodeOf(result);
            if (code) {
              span.setAttribute('portico.error_code', code);
              span.setStatus({ code: SpanStatusCode.ERROR, message: code });
            }
            return result;
          } catch (error) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'Error' });
            throw error;
          } finally {
            span.end();
          }
        });
    },
  });
}

/** The code of a failed `Result`, if the value is one. */
function errorCodeOf(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null || !('ok' in result) || result.ok !== false) return undefined;
  const error = (result as { error?: { code?: unknown } }).error;
  return typeof error?.code === 'string' ? error.code : undefined;
}
