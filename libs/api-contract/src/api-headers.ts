/** Headers the web app sends to the Functions API. */
export const apiHeaders = {
  /** The Functions host key; the web app is the API's only caller. */
  functionKey: 'x-functions-key',
  /** The signed-in guest, as established by the web app's session. Never taken from a browser. */
  guestEmail: 'x-portico-guest-email',
  /** The signed-in staff member (Entra object id, name, e-mail), from the web app's staff session. */
  staffId: 'x-portico-staff-id',
  staffName: 'x-portico-staff-name',
  staffEmail: 'x-portico-staff-email',
  /** The ETag of the appointment version a change is based on. */
  ifMatch: 'if-match',
  /** Makes a create safe to retry: the same key gives the same appointment and meeting. */
  idempotencyKey: 'idempotency-key',
  /** The network address of the person behind a request, for per-client rate limits. */
  clientAddress: 'x-portico-client-address',
  /** The caller's language, so problem details come back in it. */
  acceptLanguage: 'accept-language',
} as const;
