import { DefaultAzureCredential } from '@azure/identity';
import {
  useAzureMonitor,
  shutdownAzureMonitor,
  type AzureMonitorOpenTelemetryOptions,
} from '@azure/monitor-opentelemetry';
import { context, metrics, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { resourceFromAttributes, type Resource } from '@opentelemetry/resources';
import { ConsoleMetricExporter, MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, ConsoleSpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { RedactingLogProcessor } from './redacting-log-processor';
import { RedactingSpanProcessor } from './redacting-span-processor';
import { traceOutgoingFetch } from './trace-outgoing-fetch';

import type { TelemetrySettings } from '../telemetry-settings';

export interface RunningTelemetry {
  /** Flushes what is pending and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * The Azure Monitor distro's options. Live Metrics is off: its span processor runs before any
 * processor Portico adds and would see spans (URLs with link tokens) before they are redacted.
 */
export function azureMonitorOptions(connectionString: string, resource: Resource): AzureMonitorOpenTelemetryOptions {
  return {
    // Entra ID ingestion with the app's managed identity (AZURE_CLIENT_ID names it); local auth is off.
    azureMonitorExporterOptions: { connectionString, credential: new DefaultAzureCredential() },
    resource,
    enableLiveMetrics: false,
    spanProcessors: [new RedactingSpanProcessor()],
    logRecordProcessors: [new RedactingLogProcessor()],
  };
}

/**
 * Starts OpenTelemetry for a process: traces, metrics and logs to Application Insights through the
 * Azure Monitor distro (Entra ID ingestion), or traces and metrics to the console. Every span and log
 * record passes the redacting processors before any exporter, so personal data never leaves.
 */
export function startTelemetry(settings: TelemetrySettings, serviceName: string): RunningTelemetry {
  const resource = resourceFromAttributes({ 'service.name': serviceName });
  if (settings.kind === 'azure-monitor') {
    useAzureMonitor(azureMonitorOptions(settings.connectionString, resource));
    const stopFetchTracing = traceOutgoingFetch();
    return {
      shutdown: async () => {
        stopFetchTracing();
        await shutdownAzureMonitor();
      },
    };
  }
  if (settings.kind === 'off') return { shutdown: async () => undefined };
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  // The distro sets W3C trace context itself; here it is set so fetch passes the trace on.
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
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
  const stopFetchTracing = traceOutgoingFetch();
  return {
    shutdown: async () => {
      stopFetchTracing();
      await Promise.all([tracerProvider.shutdown(), meterProvider.shutdown()]);
    },
  };
}
