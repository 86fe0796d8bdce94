/**
 * Next.js calls this once per server process. Telemetry starts only in the Node.js runtime (the SDK
 * is Node-only); NEXT_RUNTIME is how Next.js says which runtime this is, before any settings exist.
 */
export async function register(): Promise<void> {
  if (process.env['NEXT_RUNTIME'] !== 'nodejs') return;
  const { startWebTelemetry } = await import('./telemetry/start-web-telemetry');
  startWebTelemetry();
}
