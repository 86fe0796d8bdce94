import 'server-only';
import type { TelemetrySettings } from '@portico/app-runtime/telemetry';
import type { AuthOptions } from 'next-auth';
import { FunctionsApiClient } from './functions-api/functions-api-client';
import { GuestSessions } from './guest-session/guest-sessions';
import { LocalMeetingRelay } from './local-stand-ins/meeting-relay/local-meeting-relay';
import { EmulatedOutlook } from '@portico/emulator-client';
import { parseWebSettings, type WebSettings } from './settings';
import { staffAuthOptions } from './staff-auth/staff-auth-options';

export interface WebApp {
  readonly settings: WebSettings;
  readonly functionsApi: FunctionsApiClient;
  readonly guestSessions: GuestSessions;
  readonly staffAuth: AuthOptions;
  /** The meeting relay in local mode; undefined where calls run through ACS. */
  readonly meetingRelay: LocalMeetingRelay | undefined;
  /** Outlook's stand-in: a staff member's calendar in the Graph emulator, in local mode only. */
  readonly outlookFor: ((userId: string) => EmulatedOutlook) | undefined;
  readonly clock: () => Date;
  /** Where this process's telemetry goes; started once by `instrumentation.ts`. */
  readonly telemetry: TelemetrySettings;
}

let composed: WebApp | undefined;

/**
 * The web app's composition root: the one place that reads the environment. Composed on first use,
 * not at import, so that `next build` needs no runtime settings.
 */
export function webApp(): WebApp {
  if (!composed) {
    const settings = parseWebSettings(process.env);
    const { staffSignIn } = settings;
    composed = {
      settings,
      functionsApi: new FunctionsApiClient(settings.functionsUrl, settings.functionsKey),
      guestSessions: new GuestSessions(settings.sessionSecret, settings.environment === 'production'),
      staffAuth: staffAuthOptions(settings),
      meetingRelay:
        settings.calls.kind === 'relay' ? new LocalMeetingRelay(settings.calls.url, settings.calls.key) : undefined,
      outlookFor:
        staffSignIn.kind === 'local'
          ? (userId) => new EmulatedOutlook(staffSignIn.graphEmulatorUrl, userId)
          : undefined,
      clock: () => new Date(),
      telemetry: settings.telemetry,
    };
  }
  return composed;
}
