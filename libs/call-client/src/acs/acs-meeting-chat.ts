import type { CommunicationTokenCredential } from '@azure/communication-common';
import { getIdentifierRawId } from '@azure/communication-common';
import type { ChatImage, ChatMessage } from '../call/call-driver';
import type { AcsSdk, ChatClientSurface, ChatThreadClientSurface } from './acs-sdk';
import { inlineImages, loadChatImage } from './chat-image-loader';

export interface MeetingChat {
  send(text: string): Promise<void>;
  /** Tells the others the person is typing; the chat service itself keeps it to one every 8 s. */
  typing(): Promise<void>;
  close(): void;
}

export interface MeetingChatOptions {
  readonly endpoint: string;
  readonly credential: CommunicationTokenCredential;
  readonly threadId: string;
  readonly selfId: string;
  readonly displayName: string;
  readonly onMessage: (message: ChatMessage) => void;
  /** One of a message's images loaded, or failed to; until then it is `loading`. */
  readonly onImage: (messageId: string, image: ChatImage) => void;
  readonly onTyping: (typist: { readonly senderId: string; readonly senderName: string }) => void;
}

/** How long to wait before subscribing again after realtime notifications dropped, growing per try. */
const resubscribeDelaysMs = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * The Teams meeting's chat thread through the chat SDK. Realtime notifications can drop (a network
 * change, a sleeping laptop); the chat subscribes again with a growing delay instead of going quiet.
 */
export async function openMeetingChat(sdk: AcsSdk, options: MeetingChatOptions): Promise<MeetingChat> {
  const client: ChatClientSurface = sdk.createChatClient(options.endpoint, options.credential);
  const thread: ChatThreadClientSurface = client.getChatThreadClient(options.threadId);
  let closed = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  client.on('chatMessageReceived', (event) => {
    if (event.threadId !== options.threadId) return;
    const senderId = getIdentifierRawId(event.sender);
    const images = inlineImages(event.attachments);
    options.onMessage({
      id: event.id,
      senderId,
      senderName: event.senderDisplayName,
      format: event.type.toLowerCase().includes('html') ? 'html' : 'text',
      text: event.message,
      sentAt: event.createdOn.toISOString(),
      own: senderId === options.selfId,
      images: images.map(({ id, name }) => ({ id, name, status: 'loading' })),
    });
    for (const attachment of images) {
      void loadChatImage(attachment, options.credential, options.endpoint).then((image) =>
        options.onImage(event.id, image),
      );
    }
  });
  client.on('typingIndicatorReceived', (event) => {
    const senderId = getIdentifierRawId(event.sender);
    if (event.threadId !== options.threadId || senderId === options.selfId) return;
    options.onTyping({ senderId, senderName: event.senderDisplayName });
  });
  client.on('realTimeNotificationConnected', () => {
    attempt = 0;
  });
  const resubscribe = () => {
    if (closed || timer) return;
    const delay = resubscribeDelaysMs[Math.min(attempt, resubscribeDelaysMs.length - 1)] ?? 30_000;
    attempt++;
    timer = setTimeout(() => {
      timer = undefined;
      // A try that fails is followed by the next, later one, so the chat never goes quiet for good.
      if (!closed) void client.startRealtimeNotifications().catch(resubscribe);
    }, delay);
  };
  client.on('realTimeNotificationDisconnected', resubscribe);
  try {
    await client.startRealtimeNotifications();
  } catch (error) {
    closed = true;
    throw error;
  }

  return {
    async send(text) {
      await thread.sendMessage({ content: text }, { senderDisplayName: options.displayName, type: 'text' });
    },
    async typing() {
      await thread.sendTypingNotification({ senderDisplayName: options.displayName });
    },
    close() {
      closed = true;
      clearTimeout(timer);
      void client.stopRealtimeNotifications().catch(() => undefined);
    },
  };
}

/** Channel meetings (`@thread.tacv2`) keep their chat in the channel, which guests cannot reach. */
export const isChannelMeetingThread = (threadId: string): boolean => threadId.endsWith('@thread.tacv2');
