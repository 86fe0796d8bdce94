import type { HttpHandler, HttpMethod } from '@azure/functions';

/**
 * One function, declared once as data. Both the Azure Functions registration (`register-functions.ts`)
 * and the local host (`local-host/`) read these, so no handler is ever written twice.
 */
export interface HttpFunctionDeclaration {
  readonly name: string;
  readonly trigger: {
    readonly kind: 'http';
    readonly methods: readonly HttpMethod[];
    /** Azure Functions route template, without the `api/` prefix, e.g. `appointments/{id}`. */
    readonly route: string;
    /** `function` requires the host key; `anonymous` is for probes only. */
    readonly authLevel: 'anonymous' | 'function';
  };
  readonly handler: HttpHandler;
}

export type FunctionDeclaration = HttpFunctionDeclaration;
