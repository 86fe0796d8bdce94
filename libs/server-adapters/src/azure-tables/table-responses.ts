import { RestError } from '@azure/data-tables';

/** Whether Table storage refused a request with this HTTP status. */
export function hasStatus(error: unknown, status: number): boolean {
  return error instanceof RestError && error.statusCode === status;
}

/** The ETag of a write; Table storage always sends one, so its absence is a broken dependency. */
export function requireEtag(etag: string | undefined): string {
  if (!etag) throw new Error('Table storage returned no ETag');
  return etag;
}
