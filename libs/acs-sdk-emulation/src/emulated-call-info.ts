import type { CallInfoSurface } from '@portico/call-client/acs-driver';
import { Listeners } from './listeners';

/** The SDK's `CallInfo`: the meeting's chat thread, which the meeting can name after connecting. */
export class EmulatedCallInfo implements CallInfoSurface {
  private readonly listeners = new Listeners();
  private thread: string | undefined;
  readonly participantId = '';

  get threadId(): string | undefined {
    return this.thread;
  }

  named(threadId: string): void {
    this.thread = threadId;
    this.listeners.emit('callInfoChanged');
  }

  onCallInfoChanged(event: 'callInfoChanged', listener: () => void): void {
    this.listeners.on(event, listener);
  }
}
