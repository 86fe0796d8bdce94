import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { redactAttributes, redactText } from './personal-data-redaction';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Scrubs every finished span before any exporter sees it: its name, attributes and event attributes
 * lose e-mail addresses and tokens. Registered ahead of the exporting processor, which batches later.
 */
export class RedactingSpanProcessor implements SpanProcessor {
  onStart(_span: Span, _context: Context): void {
    // Nothing is known yet that could need scrubbing; attributes arrive until the span ends.
  }

  onEnd(span: ReadableSpan): void {
    const writable = span as Writable<ReadableSpan>;
    writable.name = redactText(span.name);
    writable.attributes = redactAttributes(span.attributes);
    for (const event of span.events) {
      const writableEvent = event as Writable<typeof event>;
      writableEvent.name = redactText(event.name);
      if (event.attributes) writableEvent.attributes = redactAttributes(event.attributes);
    }
  }

  async forceFlush(): Promise<void> {
    // Holds nothing.
  }

  async shutdown(): Promise<void> {
    // Holds nothing.
  }
}
