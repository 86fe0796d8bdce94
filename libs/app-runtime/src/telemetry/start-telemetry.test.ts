import { resourceFromAttributes } from '@opentelemetry/resources';
import { RedactingLogProcessor } from './redacting-log-processor';
import { RedactingSpanProcessor } from './redacting-span-processor';
import { azureMonitorOptions } from './start-telemetry';

describe('azureMonitorOptions', () => {
  const options = azureMonitorOptions(
    'InstrumentationKey=00000000-0000-4000-8000-000000000000',
    resourceFromAttributes({ 'service.name': 'portico-test' }),
  );

  it('turns Live Metrics off: its processor would see spans before Portico redacts them', () => {
    expect(options.enableLiveMetrics).toBe(false);
  });

  it('redacts every span and log record before the exporter, with Entra ID ingestion', () => {
    expect(options.spanProcessors?.map((p) => p.constructor)).toEqual([RedactingSpanProcessor]);
    expect(options.logRecordProcessors?.map((p) => p.constructor)).toEqual([RedactingLogProcessor]);
    expect(options.azureMonitorExporterOptions?.credential).toBeDefined();
  });
});
