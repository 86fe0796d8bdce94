import type { RelayChatMessage } from '@portico/relay-protocol';
import { MeetingChatHub } from './meeting-chat-hub';

const message = (senderId: string, text: string): RelayChatMessage => ({
  id: `${senderId}:${text}`,
  senderId,
  senderName: senderId,
  type: 'text',
  text,
  sentAt: '2026-12-01T10:00:00.000Z',
});

describe('the emulated meeting chat hub', () => {
  it('answers each send with the echo of the person’s own message, in order', async () => {
    const hub = new MeetingChatHub();
    const sent: string[] = [];
    hub.connect({ chat: (text) => sent.push(text), typing: () => sent.push('typing') });
    const first = hub.send('one');
    const second = hub.send('two');
    hub.deliver('thread', message('other', 'interleaved'), 'self');
    hub.deliver('thread', message('self', 'one'), 'self');
    hub.deliver('thread', message('self', 'two'), 'self');
    await expect(first).resolves.toBe('self:one');
    await expect(second).resolves.toBe('self:two');
    expect(sent).toEqual(['one', 'two']);
  });

  it('passes every message to its subscribers until they unsubscribe', () => {
    const hub = new MeetingChatHub();
    const seen: string[] = [];
    const unsubscribe = hub.subscribe({
      message: (threadId, m) => seen.push(`${threadId}/${m.text}`),
      typing: (threadId, _senderId, senderName) => seen.push(`${threadId}/${senderName} types`),
      dropped: () => seen.push('dropped'),
    });
    hub.deliver('thread', message('other', 'hello'), 'self');
    hub.typing('thread', 'other', 'Dr. Ada Visser', 'self');
    unsubscribe();
    hub.deliver('thread', message('other', 'gone'), 'self');
    hub.typing('thread', 'other', 'Dr. Ada Visser', 'self');
    expect(seen).toEqual(['thread/hello', 'thread/Dr. Ada Visser types']);
  });

  it('drops every subscriber’s notifications at once, and delivers nothing to them after', () => {
    const hub = new MeetingChatHub();
    const seen: string[] = [];
    hub.subscribe({
      message: (_t, m) => seen.push(m.text),
      typing: () => seen.push('typing'),
      dropped: () => seen.push('dropped'),
    });
    hub.dropNotifications();
    hub.deliver('thread', message('other', 'lost'), 'self');
    expect(seen).toEqual(['dropped']);
  });

  it('rejects a send the chat service refuses, and every pending send when the call ends', async () => {
    const hub = new MeetingChatHub();
    const typed: string[] = [];
    await expect(hub.sendTyping()).rejects.toThrow('not connected');
    hub.connect({ chat: () => undefined, typing: () => typed.push('typing') });
    await expect(hub.sendTyping()).resolves.toBe(true);
    expect(typed).toEqual(['typing']);
    const refused = hub.send('refused');
    hub.refused(403);
    await expect(refused).rejects.toMatchObject({ statusCode: 403 });
    const pending = hub.send('pending');
    hub.connect(undefined);
    await expect(pending).rejects.toThrow('The call has ended.');
    await expect(hub.send('late')).rejects.toThrow('not connected');
  });
});
