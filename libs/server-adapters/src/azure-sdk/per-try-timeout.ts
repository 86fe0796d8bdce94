/**
 * An Azure SDK pipeline policy that abandons each try of a request after `timeoutMs`, so a storage
 * account or ACS resource that accepts connections but never answers cannot hold a request for
 * ever. The SDK reports the abort as a `RestError` without a status, which callers treat as
 * "dependency unavailable". Add it as `additionalPolicies: [perTryTimeout(ms)]`.
 */
export function perTryTimeout(timeoutMs: number) {
  return {
    position: 'perRetry' as const,
    policy: {
      name: 'portico-per-try-timeout',
      sendRequest<Request extends { timeout: number }, Response>(
        request: Request,
        next: (request: Request) => Promise<Response>,
      ): Promise<Response> {
        request.timeout = timeoutMs;
        return next(request);
      },
    },
  };
}
