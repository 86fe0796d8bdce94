/** Jest global teardown: stops the Azurite that the global setup started. */
export default async function teardown(): Promise<void> {
  await globalThis.__portico_azurite__?.stop();
}
