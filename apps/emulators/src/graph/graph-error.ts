import { randomUUID } from 'node:crypto';

/** An error body shaped as Microsoft Graph sends them. */
export function graphErrorBody(
  code: string,
  message: string,
): { error: { code: string; message: string; innerError: Record<string, string> } } {
  return {
    error: {
      code,
      message,
      innerError: { date: new Date().toISOString(), 'request-id': randomUUID(), 'client-request-id': randomUUID() },
    },
  };
}
