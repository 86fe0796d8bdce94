/** Jest global teardown: stops what the global setup started. */
export default async function teardown(): Promise<void> {
  await globalThis.__portico_integration_services__?.stop();
}
