import type { CallAgentOptions } from '@azure/communication-calling';
import type { CommunicationTokenCredential } from '@azure/communication-common';
import type { AcsFeatures, CallClientSurface, DebugInfoSurface } from '@portico/call-client/acs-driver';
import { EmulatedCallAgent } from './emulated-call-agent';
import { EmulatedDebugInfo } from './emulated-debug-info';
import { EmulatedDeviceManager } from './emulated-device-manager';
import { emulatedFeatures } from './emulated-features';
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

  feature(factory: AcsFeatures['DebugInfo']): DebugInfoSurface {
    if (factory !== emulatedFeatures.DebugInfo) throw new Error('The emulated call client has no such feature.');
    return new EmulatedDebugInfo(navigator.userAgent);
  }
}
