import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';

/**
 * A CLIENT span for every outgoing `fetch` (Node's undici), such as the web app's calls to the
 * Functions API, so a request's trace continues across the two apps. Neither the Azure Monitor
 * distro nor the HTTP instrumentation sees `fetch`. The spans pass the redacting processor like all
 * others. Returns how to stop it.
 */
export function traceOutgoingFetch(): () => void {
  const instrumentation = new UndiciInstrumentation();
  registerInstrumentations({ instrumentations: [instrumentation] });
  return () => instrumentation.disable();
}
