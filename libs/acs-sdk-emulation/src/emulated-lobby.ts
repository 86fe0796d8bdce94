import { getIdentifierRawId, type CommunicationIdentifier } from '@azure/communication-common';
import type { LobbySurface } from '@portico/call-client/acs-driver';
import type { RelayClientMessage } from '@portico/relay-protocol';
import { EmulatedRemoteParticipant } from './emulated-remote-participant';
import { Listeners } from './listeners';

/** The SDK's `Lobby`: who waits to be let in, which organisers see and act on. */
export class EmulatedLobby implements LobbySurface {
  private readonly listeners = new Listeners();
  private readonly waiting = new Map<string, EmulatedRemoteParticipant>();

  constructor(private readonly send: (message: RelayClientMessage) => void) {}

  get participants(): readonly EmulatedRemoteParticipant[] {
    return [...this.waiting.values()];
  }

  update(lobby: readonly { id: string; displayName: string }[]): void {
    const ids = new Set(lobby.map((entry) => entry.id));
    const added: EmulatedRemoteParticipant[] = [];
    const removed: EmulatedRemoteParticipant[] = [];
    for (const [id, participant] of this.waiting) {
      if (ids.has(id)) continue;
      this.waiting.delete(id);
      removed.push(participant);
    }
    for (const entry of lobby) {
      if (this.waiting.has(entry.id)) continue;
      const participant = new EmulatedRemoteParticipant(entry.id, {
        displayName: entry.displayName,
        role: 'Attendee',
        state: 'InLobby',
        isMuted: true,
      });
      this.waiting.set(entry.id, participant);
      added.push(participant);
    }
    if (added.length > 0 || removed.length > 0) this.listeners.emit('lobbyParticipantsUpdated', { added, removed });
  }

  on(
    event: 'lobbyParticipantsUpdated',
    listener: (args: { added: EmulatedRemoteParticipant[]; removed: EmulatedRemoteParticipant[] }) => void,
  ): void {
    this.listeners.on(event, listener);
  }

  async admit(participant: CommunicationIdentifier): Promise<void> {
    this.send({ type: 'admit', participantId: getIdentifierRawId(participant) });
  }

  async reject(participant: CommunicationIdentifier): Promise<void> {
    this.send({ type: 'reject', participantId: getIdentifierRawId(participant) });
  }
}
