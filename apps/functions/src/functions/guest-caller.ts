import type { HttpRequest } from '@azure/functions';
import { apiHeaders } from '@portico/api-contract';
import { z } from 'zod';

const email = z.email();

/** The guest the web app vouches for (from its session), lower case; undefined when there is none. */
export function guestCaller(request: HttpRequest): string | undefined {
  const parsed = email.safeParse(request.headers.get(apiHeaders.guestEmail));
  return parsed.success ? parsed.data.toLowerCase() : undefined;
}
