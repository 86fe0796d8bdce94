import { startTelemetry } from '@portico/app-runtime/telemetry';
import { webApp } from '@/composition-root';

/** Starts the portal's telemetry as its settings say: Application Insights in Azure, else console or off. */
export function startWebTelemetry(): void {
  startTelemetry(webApp().telemetry, 'portico-web');
}
