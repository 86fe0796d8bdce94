import { SSRProvider } from '@fluentui/react-components';
import type { ChatTypist } from '@portico/call-client';
import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import en from '../../messages/en.json';
import { ChatPanel } from './chat-panel';

const render = (typing: readonly ChatTypist[]) =>
  renderToStaticMarkup(
    <SSRProvider>
      <NextIntlClientProvider locale="en" messages={en} timeZone="Europe/Amsterdam">
        <ChatPanel chat={{ status: 'available', messages: [] }} onSend={() => undefined} typing={typing} />
      </NextIntlClientProvider>
    </SSRProvider>,
  );

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

describe('ChatPanel typing notices', () => {
  it('says who is typing while their notice is fresh, and nothing once it lapsed', () => {
    expect(render([{ participantId: 'o', name: 'Dr. Ada Visser', at: ago(1_000) }])).toContain(
      'Dr. Ada Visser is typing…',
    );
    expect(
      render([
        { participantId: 'o', name: 'Dr. Ada Visser', at: ago(1_000) },
        { participantId: 's', name: 'Sam Baker (Guest)', at: ago(2_000) },
      ]),
    ).toContain('Dr. Ada Visser, Sam Baker (Guest) are typing…');
    const lapsed = render([{ participantId: 'o', name: 'Dr. Ada Visser', at: ago(9_000) }]);
    expect(lapsed).not.toContain('is typing');
    expect(lapsed).toContain('data-testid="chat-typing"');
  });
});
