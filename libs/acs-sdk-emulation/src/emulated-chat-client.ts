import type {
  ChatMessageReceivedEvent,
  SendChatMessageResult,
  SendMessageRequest,
  TypingIndicatorReceivedEvent,
} from '@azure/communication-chat';
import { createIdentifierFromRawId } from '@azure/communication-common';
import type { ChatClientSurface, ChatThreadClientSurface } from '@portico/call-client/acs-driver';
import { Listeners } from './listeners';
import type { MeetingChatHub } from './meeting-chat-hub';

/**
 * The chat SDK's `ChatClient` for the meeting's thread. In ACS it is a service of its own; here it
 * rides on the emulated call's relay connection (see `MeetingChatHub`).
 */
export class EmulatedChatClient implements ChatClientSurface {
  private readonly listeners = new Listeners();
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly hub: MeetingChatHub) {}

  async startRealtimeNotifications(): Promise<void> {
    if (!this.hub.isConnected) throw Object.assign(new Error('The chat service answered 403.'), { statusCode: 403 });
    this.unsubscribe ??= this.hub.subscribe({
      message: (threadId, message, selfId) => {
        const event: ChatMessageReceivedEvent = {
          threadId,
          id: message.id,
          sender: createIdentifierFromRawId(message.senderId),
          senderDisplayName: message.senderName,
          recipient: createIdentifierFromRawId(selfId),
          createdOn: new Date(message.sentAt),
          version: message.id,
          type: message.type,
          message: message.text,
          metadata: {},
          ...(message.attachments ? { attachments: message.attachments } : {}),
        };
        this.listeners.emit('chatMessageReceived', event);
      },
      typing: (threadId, senderId, senderName, selfId) => {
        const event: TypingIndicatorReceivedEvent = {
          threadId,
          sender: createIdentifierFromRawId(senderId),
          senderDisplayName: senderName,
          recipient: createIdentifierFromRawId(selfId),
          version: String(Date.now()),
          receivedOn: new Date(),
        };
        this.listeners.emit('typingIndicatorReceived', event);
      },
      dropped: () => {
        this.unsubscribe = undefined;
        this.listeners.emit('realTimeNotificationDisconnected');
      },
    });
    this.listeners.emit('realTimeNotificationConnected');
  }

  async stopRealtimeNotifications(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  on(event: 'chatMessageReceived', listener: (event: ChatMessageReceivedEvent) => void): void;
  on(event: 'typingIndicatorReceived', listener: (event: TypingIndicatorReceivedEvent) => void): void;
  on(event: 'realTimeNotificationConnected' | 'realTimeNotificationDisconnected', listener: () => void): void;
  on(event: string, listener: (args: never) => void): void {
    this.listeners.on(event, listener);
  }

  getChatThreadClient(): ChatThreadClientSurface {
    return {
      sendMessage: async (request: SendMessageRequest): Promise<SendChatMessageResult> => ({
        id: await this.hub.send(request.content),
      }),
      sendTypingNotification: () => this.hub.sendTyping(),
    };
  }
}
