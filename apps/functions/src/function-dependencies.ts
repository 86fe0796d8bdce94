import type { GuestNamePolicy, JoinWindowPolicy, MeetingLinkPolicy } from '@portico/meeting-core';
import type { AppointmentStore, MeetingDirectory } from '@portico/meeting-core/server';

/** Everything the handlers need, wired once by the composition root. */
export interface FunctionDependencies {
  readonly appointments: AppointmentStore;
  readonly meetings: MeetingDirectory;
  /** A new appointment id. */
  readonly newId: () => string;
  /** Throws when storage cannot be reached; used by the health check. */
  readonly probeStorage: () => Promise<void>;
  readonly clock: () => Date;
  readonly policies: {
    readonly joinWindow: JoinWindowPolicy;
    readonly meetingLinks: MeetingLinkPolicy;
    readonly guestNames: GuestNamePolicy;
  };
}
