'use client';

import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ChatState, ChatTypist } from '@portico/call-client';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { sanitisedChatHtml } from './sanitised-chat-html';
import { typingNoticeMs, useRecentTypists } from './use-recent-typists';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: '12rem' },
  log: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '24rem',
    overflowY: 'auto',
    overflowWrap: 'anywhere',
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
  // Keeps its line when empty, so the form does not jump as people start and stop typing.
  typing: {
    margin: 0,
    minHeight: tokens.lineHeightBase200,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  plain: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  rich: {
    overflowWrap: 'anywhere',
    '& p, & ul, & ol': { margin: 0 },
    '& img': { maxWidth: '100%', maxHeight: '240px', height: 'auto', borderRadius: tokens.borderRadiusMedium },
    '& .chat-image-note': { display: 'block', fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
    // The theme's link colour, which keeps its contrast on the dark call stage too.
    '& a[href]': { color: tokens.colorBrandForegroundLink },
  },
});

const closedText = {
  'not-joined': 'chatNotYet',
  left: 'chatClosedLeft',
  removed: 'chatClosedRemoved',
  ended: 'chatClosedEnded',
} as const;

/** One shared empty list: a fresh `[]` per render would restart the typing timer every render. */
const noTypists: readonly ChatTypist[] = [];

export interface ChatPanelProps {
  readonly chat: ChatState;
  readonly onSend: (text: string) => void;
  /** Inside a panel that already names it: no heading of its own. */
  readonly embedded?: boolean;
  /** The person rejoined: say that messages from before are not shown. */
  readonly historyNotKept?: boolean;
  /** Who else typed lately, from the chat service's notices. */
  readonly typing?: readonly ChatTypist[];
  /** Called as the person types, at most once per notice period. */
  readonly onTyping?: () => void;
}

/**
 * The meeting chat: open only while in the call; otherwise it says why it is closed or unavailable.
 * It keeps the newest message in view.
 */
export function ChatPanel({
  chat,
  onSend,
  embedded = false,
  historyNotKept = false,
  typing = noTypists,
  onTyping,
}: ChatPanelProps) {
  const t = useTranslations('call');
  const imageTexts = { unnamed: t('chatImage'), loading: t('chatImageLoading'), failed: t('chatImageFailed') };
  const styles = useStyles();
  const [draft, setDraft] = useState('');
  const typists = useRecentTypists(typing);
  const lastTypingNotice = useRef(0);
  const log = useRef<HTMLOListElement>(null);
  // Inside the call's panel, which is the region, the chat is plain content.
  const Wrapper = embedded ? 'div' : 'section';
  const count = chat.status === 'available' ? chat.messages.length : 0;
  useEffect(() => {
    const element = log.current;
    if (element && count > 0) element.scrollTop = element.scrollHeight;
  }, [count]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === '') return;
    onSend(draft);
    setDraft('');
  };
  return (
    <Wrapper
      className={styles.panel}
      data-testid="chat-panel"
      {...(embedded ? {} : { 'aria-labelledby': 'chat-title' })}
    >
      {!embedded && <h2 id="chat-title">{t('chatTitle')}</h2>}
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
          <ol
            ref={log}
            className={styles.log}
            aria-label={t('chatTitle')}
            aria-live="polite"
            aria-relevant="additions"
            tabIndex={0}
          >
            {historyNotKept && <li data-testid="chat-history-not-kept">{t('chatHistoryNotKept')}</li>}
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
                    dangerouslySetInnerHTML={{
                      __html: sanitisedChatHtml(message.text, imageTexts, message.images),
                    }}
                  />
                ) : (
                  <p className={styles.plain}>{message.text}</p>
                )}
              </li>
            ))}
          </ol>
          <p className={styles.typing} role="status" data-testid="chat-typing">
            {typists.length === 1 && t('typingOne', { name: typists[0]?.name ?? '' })}
            {typists.length > 1 && t('typingMany', { names: typists.map((typist) => typist.name).join(', ') })}
          </p>
          <form onSubmit={submit}>
            <Field label={t('chatMessage')}>
              <Textarea
                value={draft}
                maxLength={4000}
                onChange={(_, data) => {
                  setDraft(data.value);
                  const now = Date.now();
                  if (onTyping && data.value.trim() !== '' && now - lastTypingNotice.current >= typingNoticeMs) {
                    lastTypingNotice.current = now;
                    onTyping();
                  }
                }}
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
    </Wrapper>
  );
}
