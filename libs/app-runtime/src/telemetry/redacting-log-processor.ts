import type { Context } from '@opentelemetry/api';
import type { LogRecordProcessor, SdkLogRecord } from '@opentelemetry/sdk-logs';
import { redactAttributes, redactText } from './personal-data-redaction';

/** Scrubs every log record before the exporting processor batches it: body and attributes. */
export class RedactingLogProcessor implements LogRecordProcessor {
  onEmit(record: SdkLogRecord, _context?: Context): void {
    if (typeof record.body === 'string') record.setBody(redactText(record.body));
    // Log attributes may nest; only the flat primitive ones that spans also carry are scrubbed here, and
    // nested values are dropped rather than exported unread.
    const flat = Object.fromEntries(
      Object.entries(record.attributes).map(([key, value]) => [
        key,
        typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : '[redacted]',
      ]),
    );
    record.setAttributes(redactAttributes(flat));
  }

  async forceFlush(): Promise<void> {
    // Holds nothing.
  }

  async shutdown(): Promise<void> {
    // Holds nothing.
  }
}
