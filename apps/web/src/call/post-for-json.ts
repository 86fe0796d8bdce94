import type { z } from 'zod';
import { readProblemDetails } from '@portico/api-contract';

/** POSTs to one of the portal's own routes; a problem+json answer is thrown as its `PorticoError`. */
export async function postForJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const response = await fetch(path, { method: 'POST', headers: { accept: 'application/json' }, cache: 'no-store' });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw readProblemDetails(body);
  return schema.parse(body);
}

/** POSTs JSON to one of the portal's own routes that answers 204; a problem+json answer is thrown. */
export async function postJson(path: string, body: unknown): Promise<void> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
    cache: 'no-store',
  });
  if (!response.ok) throw readProblemDetails(await response.json().catch(() => undefined));
}
