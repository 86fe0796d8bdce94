import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { errorMessage, porticoError } from '@portico/domain';
import { ProblemMessage } from '@/components/problem-message';
import { webApp } from '@/composition-root';
import { outboxMessages, outboxTexts } from '@/local-stand-ins/outbox/outbox-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('outbox'))('title'), robots: { index: false } };
}

const url = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its links made clickable, so a person can follow an e-mail's link locally. */
function TextWithLinks({ text }: { readonly text: string }) {
  return (
    <pre className="outbox-text">
      {text.split(url).map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

/** The e-mail emulator's outbox: what Portico would have sent. Exists only with the local stand-ins. */
export default async function OutboxPage() {
  const { emailEmulatorUrl } = webApp().settings;
  if (!emailEmulatorUrl) notFound();
  const t = await getTranslations('outbox');
  const format = await getFormatter();
  const outbox = await outboxMessages(emailEmulatorUrl);
  const texts = [...((await outboxTexts(emailEmulatorUrl.replace(/\/+$/, ''))) ?? [])].reverse();
  const unavailable = outbox ? undefined : errorMessage(porticoError('dependency.unavailable'), await getLocale());
  const messages = outbox ?? [];
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('explanation')}</p>
      {unavailable ? (
        <ProblemMessage title={unavailable.title} detail={unavailable.detail} />
      ) : messages.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="outbox" reversed>
          {[...messages].reverse().map((message) => (
            <li key={message.operationId}>
              <article aria-labelledby={`mail-${message.operationId}`} className="outbox-message">
                <h2 id={`mail-${message.operationId}`}>{message.subject}</h2>
                <p>{t('to', { to: message.to.map((to) => to.address).join(', ') })}</p>
                <p>
                  {t('sent', {
                    time: format.dateTime(new Date(message.acceptedAt), { dateStyle: 'medium', timeStyle: 'medium' }),
                  })}
                </p>
                {message.attachments.length > 0 && (
                  <p>{t('attachments', { names: message.attachments.map((a) => a.name).join(', ') })}</p>
                )}
                <TextWithLinks text={message.plainText ?? ''} />
              </article>
            </li>
          ))}
        </ol>
      )}
      <h2>{t('textsTitle')}</h2>
      {texts.length === 0 ? (
        <p>{t('noTexts')}</p>
      ) : (
        <ol className="outbox" reversed>
          {texts.map((text) => (
            <li key={text.messageId}>
              <article aria-label={t('textTo', { to: text.to })} className="outbox-message">
                <p>{t('textTo', { to: text.to })}</p>
                <p>
                  {t('sent', {
                    time: format.dateTime(new Date(text.acceptedAt), { dateStyle: 'medium', timeStyle: 'medium' }),
                  })}
                </p>
                <TextWithLinks text={text.message} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
