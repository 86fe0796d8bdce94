import type { HttpRequest } from '@azure/functions';
import { apiHeaders } from '@portico/api-contract';
import type { AppointmentOrganiser } from '@portico/domain';
import { z } from 'zod';

const staffSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  name: z.string().trim().min(1).max(200),
  email: z.email(),
});

/**
 * The staff member the web app vouches for (it holds the function key and the staff session). The
 * name travels percent-encoded, as HTTP headers carry only Latin-1.
 */
export function staffCaller(request: HttpRequest): AppointmentOrganiser | undefined {
  let name: string;
  try {
    name = decodeURIComponent(request.headers.get(apiHeaders.staffName) ?? '');
  } catch {
    return undefined;
  }
  const parsed = staffSchema.safeParse({
    id: request.headers.get(apiHeaders.staffId),
    name,
    email: request.headers.get(apiHeaders.staffEmail),
  });
  return parsed.success ? { ...parsed.data, email: parsed.data.email.toLowerCase() } : undefined;
}
