import { emulatorRequest } from '../emulator-request';

/** How a meeting on the relay behaves; any setting left out stays as it was. */
export interface RelayMeetingSettings {
  readonly guestCapabilities?: { shareScreen: boolean; raiseHand: boolean; reactions: boolean };
  readonly guestMedia?: { microphone: boolean; camera: boolean };
  readonly chatAvailable?: boolean;
  readonly notices?: { recording: boolean; transcribing: boolean };
  readonly explicitConsent?: boolean;
  readonly lateThreadId?: boolean;
  readonly anonymousJoinBlocked?: boolean;
  /** The meeting translates captions, as Teams Premium does. */
  readonly captionTranslation?: boolean;
  /** The passcode a join by meeting ID must give. */
  readonly passcode?: string;
}

/** Things that happen in a meeting that a test (or a demo) makes happen. */
export type RelayMeetingEvent =
  | {
      readonly event: 'organiser-message';
      readonly html: string;
      /** Images pasted into the message; Teams puts them after the text. */
      readonly images?: readonly {
        readonly name: string;
        readonly contentType: 'image/png' | 'image/jpeg' | 'image/gif';
        readonly base64: string;
      }[];
    }
  | {
      readonly event: 'organiser-speaks';
      readonly text: string;
      /** What Teams' translation makes of it, per language (ISO 639-1, `nl`). */
      readonly translations?: Readonly<Record<string, string>>;
    }
  | { readonly event: 'network-reconnect'; readonly reconnecting: boolean }
  | { readonly event: 'network-quality'; readonly value: 1 | 2 | 3 }
  | { readonly event: 'microphone-fails'; readonly failing: boolean }
  | { readonly event: 'expire-guest-tokens' }
  | { readonly event: 'mute-guests' }
  | { readonly event: 'chat-notifications-drop' };

/**
 * The meeting relay's switches, which play what a Teams meeting and its organiser do to a guest:
 * meeting options, hard mute, explicit recording consent, a chat outage, a dropped network, an
 * expired token. For tests and local demos only.
 */
export class MeetingRelayControls {
  /** `emulatorsUrl` is the emulators' base URL, e.g. `http://127.0.0.1:7180`. */
  constructor(private readonly emulatorsUrl: string) {}

  async configure(meetingLink: string, settings: RelayMeetingSettings): Promise<void> {
    await emulatorRequest(`${this.emulatorsUrl}/relay/_meetings`, 'POST', { meetingLink, ...settings });
  }

  /** Puts the meeting's settings back as Teams makes them. */
  async reset(meetingLink: string): Promise<void> {
    const query = new URLSearchParams({ meetingLink });
    await emulatorRequest(`${this.emulatorsUrl}/relay/_meetings?${query}`, 'DELETE');
  }

  async happen(meetingLink: string, event: RelayMeetingEvent): Promise<void> {
    await emulatorRequest(`${this.emulatorsUrl}/relay/_meetings/events`, 'POST', { meetingLink, ...event });
  }
}
