import type { RelayChatMessage } from '@portico/relay-protocol';

/** A chat client's view of the meeting's chat: the messages it receives, and losing its notifications. */
export interface ChatSubscriber {
  message(threadId: string, message: RelayChatMessage, selfId: string): void;
  typing(threadId: string, senderId: string, senderName: string, selfId: string): void;
  /** Realtime notifications dropped: nothing more arrives until the client subscribes again. */
  dropped(): void;
}

/** What the call carries for the chat while it is connected. */
export interface ChatCarrier {
  chat(text: string): void;
  typing(): void;
}

interface PendingSend {
  readonly resolve: (id: string) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Joins the emulated chat clients to the emulated call: in ACS they are separate services, here the
 * meeting's chat travels over the call's relay connection. Sends are answered in order, by the echo
 * of the person's own message or by the chat service's refusal.
 */
export class MeetingChatHub {
  private readonly subscribers = new Set<ChatSubscriber>();
  private readonly pending: PendingSend[] = [];
  private carrier: ChatCarrier | undefined;

  /** The call that carries the chat, while it is connected. */
  connect(carrier: ChatCarrier | undefined): void {
    this.carrier = carrier;
    if (!carrier) for (const waiting of this.pending.splice(0)) waiting.reject(new Error('The call has ended.'));
  }

  get isConnected(): boolean {
    return this.carrier !== undefined;
  }

  subscribe(subscriber: ChatSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  send(text: string): Promise<string> {
    const carrier = this.carrier;
    if (!carrier) return Promise.reject(new Error('The meeting chat is not connected.'));
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      carrier.chat(text);
    });
  }

  /** Like the chat service, accepts a typing notification and answers nothing. */
  async sendTyping(): Promise<boolean> {
    if (!this.carrier) throw new Error('The meeting chat is not connected.');
    this.carrier.typing();
    return true;
  }

  typing(threadId: string, senderId: string, senderName: string, selfId: string): void {
    for (const subscriber of this.subscribers) subscriber.typing(threadId, senderId, senderName, selfId);
  }

  /** Every subscriber loses its notifications and is unsubscribed, as the chat service drops them. */
  dropNotifications(): void {
    const dropped = [...this.subscribers];
    this.subscribers.clear();
    for (const subscriber of dropped) subscriber.dropped();
  }

  deliver(threadId: string, message: RelayChatMessage, selfId: string): void {
    if (message.senderId === selfId) this.pending.shift()?.resolve(message.id);
    for (const subscriber of this.subscribers) subscriber.message(threadId, message, selfId);
  }

  /** The chat service refused the oldest send, as ACS answers a guest it will not serve (403). */
  refused(status: number): void {
    this.pending
      .shift()
      ?.reject(Object.assign(new Error(`The chat service answered ${status}.`), { statusCode: status }));
  }
}
