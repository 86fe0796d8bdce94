import type { InvocationContext } from '@azure/functions';
import type { PorticoError, Result } from '@portico/domain';
import type { SentEmailLog } from '@portico/server-adapters';

/**
 * Sends a message (an e-mail or a text) unless the log says it went before. `afterSending` runs
 * between the send and the log entry, so a failure there sends again (the send's repeatability id
 * keeps ACS from delivering twice) rather than losing it. A failed send throws, and the queue
 * retries; a refusal the caller names as final is returned instead, so it is not retried for ever.
 */
export async function deliverOnce(
  deps: { readonly sentEmails: SentEmailLog; readonly clock: () => Date },
  key: string,
  send: () => Promise<Result<void, PorticoError>>,
  context: InvocationContext,
  afterSending: () => Promise<void> = async () => undefined,
  isFinal: (error: PorticoError) => boolean = () => false,
): Promise<Result<'sent' | 'sent-before', PorticoError>> {
  if (await deps.sentEmails.wasSent(key)) {
    context.log('This message was sent before; not sending it again.');
    return { ok: true, value: 'sent-before' };
  }
  const sent = await send();
  if (!sent.ok) {
    if (!isFinal(sent.error))
      throw new Error(`The message could not be sent (${sent.error.code}); the queue will retry.`);
    await deps.sentEmails.markSent(key, deps.clock());
    return sent;
  }
  await afterSending();
  await deps.sentEmails.markSent(key, deps.clock());
  return { ok: true, value: 'sent' };
}
