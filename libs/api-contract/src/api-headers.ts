/** Headers the web app sends to the Functions API. */
export const apiHeaders = {
  /** The Functions host key; the web app is the API's only caller. */
  functionKey: 'x-functions-key',
  /** The signed-in guest, as established by the web app's session. Never taken from a browser. */
  guestEmail: 'x-portico-guest-email',
  /** The caller's language, so problem details come back in it. */
  acceptLanguage: 'accept-language',
} as const;
