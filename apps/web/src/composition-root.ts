import 'server-only';
import { FunctionsApiClient } from './functions-api/functions-api-client';
import { GuestSessions } from './guest-session/guest-sessions';
import { parseWebSettings, type WebSettings } from './settings';

export interface WebApp {
  readonly settings: WebSettings;
  readonly functionsApi: FunctionsApiClient;
  readonly guestSessions: GuestSessions;
  readonly clock: () => Date;
}

let composed: WebApp | undefined;

/**
 * The web app's composition root: the one place that reads the environment. Composed on first use,
 * not at import, so that `next build` needs no runtime settings.
 */
export function webApp(): WebApp {
  if (!composed) {
    const settings = parseWebSettings(process.env);
    composed = {
      settings,
      functionsApi: new FunctionsApiClient(settings.functionsUrl, settings.functionsKey),
      guestSessions: new GuestSessions(settings.sessionSecret, settings.environment === 'production'),
      clock: () => new Date(),
    };
  }
  return composed;
}
