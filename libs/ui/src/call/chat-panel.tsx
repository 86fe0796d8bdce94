'use client';

import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ChatState } from '@portico/call-client';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { sanitisedChatHtml } from './sanitised-chat-html';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: '12rem' },
  log: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '24rem',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  message: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  own: { backgroundColor: tokens.colorBrandBackground2 },
  plain: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  rich: { overflowWrap: 'anywhere', '& p, & ul, & ol': { margin: 0 }, '& img': { maxWidth: '100%' } },
});

const closedText = {
  'not-joined': 'chatNotYet',
  left: 'chatClosedLeft',
  removed: 'chatClosedRemoved',
  ended: 'chatClosedEnded',
} as const;

/** The meeting chat: open only while in the call; otherwise it says why it is closed or unavailable. */
export function ChatPanel({ chat, onSend }: { readonly chat: ChatState; readonly onSend: (text: string) => void }) {
  const t = useTranslations('call');
  const styles = useStyles();
  const [draft, setDraft] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === '') return;
    onSend(draft);
    setDraft('');
  };
  return (
    <section className={styles.panel} aria-labelledby="chat-title" data-testid="chat-panel">
      <h2 id="chat-title">{t('chatTitle')}</h2>
      {chat.status === 'closed' && (
        <MessageBar intent="info" data-testid="chat-closed">
          <MessageBarBody>{t(closedText[chat.because])}</MessageBarBody>
        </MessageBar>
      )}
      {chat.status === 'unavailable' && (
        <MessageBar intent="warning" data-testid="chat-unavailable">
          <MessageBarBody>{t('chatUnavailable')}</MessageBarBody>
        </MessageBar>
      )}
      {chat.status === 'available' && (
        <>
          <ol className={styles.log} aria-live="polite" aria-relevant="additions">
            {chat.messages.length === 0 && <li>{t('chatEmpty')}</li>}
            {chat.messages.map((message) => (
              <li key={message.id} className={message.own ? `${styles.message} ${styles.own}` : styles.message}>
                <strong>{message.own ? t('you') : message.senderName}</strong>{' '}
                <time dateTime={message.sentAt}>
                  {new Date(message.sentAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
                </time>
                {message.format === 'html' ? (
                  <div
                    className={styles.rich}
                    data-testid="chat-rich-text"
                    dangerouslySetInnerHTML={{ __html: sanitisedChatHtml(message.text) }}
                  />
                ) : (
                  <p className={styles.plain}>{message.text}</p>
                )}
              </li>
            ))}
          </ol>
          <form onSubmit={submit}>
            <Field label={t('chatMessage')}>
              <Textarea
                value={draft}
                maxLength={4000}
                onChange={(_, data) => setDraft(data.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.shiftKey) submit(event);
                }}
              />
            </Field>
            <Button type="submit" appearance="primary">
              {t('chatSend')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
