/**
 * One request to a local stand-in: JSON in and out, never cached, bounded in time, and thrown as an
 * error when the stand-in is down or answers anything but success.
 */
export async function emulatorRequest(url: string, method = 'GET', body?: unknown): Promise<Response> {
  const response = await fetch(url, {
    method,
    cache: 'no-store',
    signal: AbortSignal.timeout(5000),
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${new URL(url).pathname}: ${response.status} ${await response.text()}`);
  return response;
}
