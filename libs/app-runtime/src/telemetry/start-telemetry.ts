import { DefaultAzureCredential } from '@azure/identity';
import { useAzureMonitor, shutdownAzureMonitor } from '@azure/monitor-opentelemetry';
import { context, metrics, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ConsoleMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, ConsoleSpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { RedactingLogProcessor } from './redacting-log-processor';
import { RedactingSpanProcessor } from './redacting-span-processor';

import type { TelemetrySettings } from '../telemetry-settings';

export interface RunningTelemetry {
  /** Flushes what is pending and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry for a process: traces, metrics and logs to Application Insights through the
 * Azure Monitor distro (Entra ID ingestion), or traces and metrics to the console. Every span and log
 * record passes the redacting processors before any exporter, so personal data never leaves.
 */
export function startTelemetry(settings: TelemetrySettings, serviceName: string): RunningTelemetry {
  const resource = resourceFromAttributes({ 'service.name': serviceName });
  if (settings.kind === 'azure-monitor') {
    useAzureMonitor({
      // Entra ID ingestion with the app's managed identity (AZURE_CLIENT_ID names it); local auth is off.
      azureMonitorExporterOptions: {
        connectionString: settings.connectionString,
        credential: new DefaultAzureCredential(),
      },
      resource,
      spanProcessors: [new RedactingSpanProcessor()],
      logRecordProcessors: [new RedactingLogProcessor()],
    });
    return { shutdown: () => shutdownAzureMonitor() };
  }
  if (settings.kind === 'off') return { shutdown: async () => undefined };
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  const tracerProvider = new BasicTracerProvider({
    resource,
    spanProcessors: [new RedactingSpanProcessor(), new SimpleSpanProcessor(new ConsoleSpanExporter())],
  });
  trace.setGlobalTracerProvider(tracerProvider);
  const meterProvider = new MeterProvider({
    resource,
    readers: [
      new PeriodicExportingMetricReader({ exporter: new ConsoleMetricExporter(), exportIntervalMillis: 60_000 }),
    ],
  });
  metrics.setGlobalMeterProvider(meterProvider);
  return {
    shutdown: async () => {
      await Promise.all([tracerProvider.shutdown(), meterProvider.shutdown()]);
    },
  };
}
