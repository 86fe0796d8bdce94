import {
  apiHeaders,
  apiRoutes,
  guestAppointmentListSchema,
  guestAppointmentViewSchema,
  type GuestAppointmentList,
  type GuestAppointmentView,
} from '@portico/api-contract';
import { err, ok, porticoError, type Locale, type PorticoError, type Result } from '@portico/meeting-core';
import { readProblemDetails } from '@portico/meeting-core/client';

/** How long the web app waits for the Functions API before telling the person to try again. */
const timeoutMs = 10_000;

/**
 * The web app's client for the Functions API. It vouches for the signed-in guest with the function
 * key, checks every answer against the contract, and turns every failure into an error value.
 */
export class FunctionsApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly functionKey: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  listGuestAppointments(email: string, locale: Locale): Promise<Result<GuestAppointmentList, PorticoError>> {
    return this.get(
      apiRoutes.guestAppointments,
      { [apiHeaders.guestEmail]: email, [apiHeaders.acceptLanguage]: locale },
      (body) => guestAppointmentListSchema.safeParse(body),
    );
  }

  /** One of the guest's own appointments; `appointment.not-found` for anyone else's. */
  getGuestAppointment(email: string, id: string, locale: Locale): Promise<Result<GuestAppointmentView, PorticoError>> {
    return this.get(
      apiRoutes.guestAppointment.replace('{id}', encodeURIComponent(id)),
      { [apiHeaders.guestEmail]: email, [apiHeaders.acceptLanguage]: locale },
      (body) => guestAppointmentViewSchema.safeParse(body),
    );
  }

  private async get<T>(
    route: string,
    headers: Record<string, string>,
    parse: (body: unknown) => { success: true; data: T } | { success: false },
  ): Promise<Result<T, PorticoError>> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}/api/${route}`, {
        headers: { ...headers, [apiHeaders.functionKey]: this.functionKey, accept: 'application/json' },
        cache: 'no-store',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      return err(porticoError('dependency.unavailable'));
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) return err(readProblemDetails(body));
    const parsed = parse(body);
    return parsed.success ? ok(parsed.data) : err(porticoError('dependency.unavailable'));
  }
}
