import type { HttpHandler, HttpMethod, StorageQueueHandler, TimerHandler } from '@azure/functions';

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
    /**
     * `function` requires the host key (the web app's calls); `anonymous` is for callers that cannot
     * hold it: the health probe and Microsoft Graph's change notifications (checked by `clientState`).
     */
    readonly authLevel: 'anonymous' | 'function';
  };
  readonly handler: HttpHandler;
}

/** A function that takes the messages of an Azure Storage queue, one at a time. */
export interface QueueFunctionDeclaration {
  readonly name: string;
  readonly trigger: {
    readonly kind: 'queue';
    readonly queueName: string;
    /** The app setting prefix that names the storage account, as Functions bindings expect. */
    readonly connection: string;
  };
  readonly handler: StorageQueueHandler;
}

/** A function that runs on a schedule. */
export interface TimerFunctionDeclaration {
  readonly name: string;
  readonly trigger: {
    readonly kind: 'timer';
    /** NCRONTAB with seconds, as Azure Functions reads it, e.g. every quarter hour is `0 0,15,30,45 * * * *`. */
    readonly schedule: string;
  };
  readonly handler: TimerHandler;
}

export type FunctionDeclaration = HttpFunctionDeclaration | QueueFunctionDeclaration | TimerFunctionDeclaration;

/** Whether a declaration is an HTTP function (TypeScript does not narrow on `trigger.kind` alone). */
export function isHttpFunction(declaration: FunctionDeclaration): declaration is HttpFunctionDeclaration {
  return declaration.trigger.kind === 'http';
}

/** Whether a declaration is a queue function. */
export function isQueueFunction(declaration: FunctionDeclaration): declaration is QueueFunctionDeclaration {
  return declaration.trigger.kind === 'queue';
}

/** Whether a declaration is a timer function. */
export function isTimerFunction(declaration: FunctionDeclaration): declaration is TimerFunctionDeclaration {
  return declaration.trigger.kind === 'timer';
}
