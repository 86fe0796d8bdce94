import type {
  ConnectionState,
  ConnectionStateChangedEvent,
  TeamsMeetingIdLocator,
  TeamsMeetingLinkLocator,
} from '@azure/communication-calling';
import type { CommunicationTokenCredential } from '@azure/communication-common';
import type { CallAgentSurface, JoinOptionsSurface } from '@portico/call-client/acs-driver';
import { EmulatedCall } from './emulated-call';
import type { EmulatedDeviceManager } from './emulated-device-manager';
import { Listeners } from './listeners';
import type { MeetingChatHub } from './meeting-chat-hub';

/** How often the agent asks its credential for the token, as the SDK does before each use. */
const tokenCheckMs = 5_000;

/**
 * The SDK's `CallAgent` for an anonymous guest (or, locally, a signed-in organiser). It reads its
 * token from the credential like the SDK does, so the credential's renewal runs in every test, and
 * presents each renewed token to the relay while the call lasts.
 */
export class EmulatedCallAgent implements CallAgentSurface {
  private readonly listeners = new Listeners();
  private state: ConnectionState = 'Connected';
  private readonly calls = new Set<EmulatedCall>();
  private lastToken: string;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly relayUrl: string,
    private readonly credential: CommunicationTokenCredential,
    firstToken: string,
    private readonly displayName: string,
    private readonly devices: EmulatedDeviceManager,
    private readonly chat: MeetingChatHub,
  ) {
    this.lastToken = firstToken;
    this.timer = setInterval(() => void this.presentToken(), tokenCheckMs);
  }

  get connectionState(): ConnectionState {
    return this.state;
  }

  join(locator: TeamsMeetingLinkLocator | TeamsMeetingIdLocator, options?: JoinOptionsSurface): EmulatedCall {
    const call = new EmulatedCall({
      relayUrl: this.relayUrl,
      token: this.lastToken,
      displayName: this.displayName,
      locator:
        'meetingLink' in locator
          ? { meetingLink: locator.meetingLink }
          : { meetingId: locator.meetingId, passcode: locator.passcode ?? '' },
      joinOptions: options,
      devices: this.devices,
      chat: this.chat,
      onTokenInvalid: () => this.lostToken(),
    });
    this.calls.add(call);
    return call;
  }

  on(event: 'connectionStateChanged', listener: ConnectionStateChangedEvent): void {
    this.listeners.on(event, listener);
  }

  async dispose(): Promise<void> {
    clearInterval(this.timer);
    for (const call of this.calls) if (call.state !== 'Disconnected') await call.hangUp();
    this.calls.clear();
  }

  private async presentToken(): Promise<void> {
    try {
      const { token } = await this.credential.getToken();
      if (token === this.lastToken) return;
      this.lastToken = token;
      for (const call of this.calls) call.renew(token);
    } catch {
      // The relay ends the connection when the token it holds expires; that is the agent's answer.
    }
  }

  private lostToken(): void {
    if (this.state === 'Disconnected') return;
    this.state = 'Disconnected';
    clearInterval(this.timer);
    this.listeners.emit('connectionStateChanged', {
      newValue: 'Disconnected',
      oldValue: 'Connected',
      reason: 'invalidToken',
    });
  }
}
