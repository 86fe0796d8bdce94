import type { CallAgentOptions } from '@azure/communication-calling';
import type { CommunicationTokenCredential } from '@azure/communication-common';
import type { CallClientSurface } from '@portico/call-client/acs-driver';
import { EmulatedCallAgent } from './emulated-call-agent';
import { EmulatedDeviceManager } from './emulated-device-manager';
import type { MeetingChatHub } from './meeting-chat-hub';

/** The SDK's `CallClient`: one device manager, and call agents that join through the relay. */
export class EmulatedCallClient implements CallClientSurface {
  private readonly devices = new EmulatedDeviceManager();

  constructor(
    private readonly relayUrl: string,
    private readonly chat: MeetingChatHub,
  ) {}

  async createCallAgent(
    credential: CommunicationTokenCredential,
    options?: CallAgentOptions,
  ): Promise<EmulatedCallAgent> {
    const { token } = await credential.getToken();
    return new EmulatedCallAgent(this.relayUrl, credential, token, options?.displayName ?? '', this.devices, this.chat);
  }

  async getDeviceManager(): Promise<EmulatedDeviceManager> {
    return this.devices;
  }
}
