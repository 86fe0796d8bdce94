'use client';

import type { ChatState } from '@portico/call-client';
import { useEffect, useState } from 'react';

/** How many chat messages from others arrived since the person last had the chat open. */
export function useUnreadCount(chat: ChatState, chatOpen: boolean): number {
  const received = chat.status === 'available' ? chat.messages.filter((message) => !message.own).length : 0;
  const [seen, setSeen] = useState(received);
  useEffect(() => {
    if (chatOpen || received < seen) setSeen(received);
  }, [chatOpen, received, seen]);
  return chatOpen ? 0 : Math.max(0, received - seen);
}
