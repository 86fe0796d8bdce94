import { setTimeout as sleep } from 'node:timers/promises';

/** An e-mail as the e-mail emulator's outbox shows it. */
export interface OutboxEmail {
  readonly operationId: string;
  readonly to: readonly { address: string; displayName?: string }[];
  readonly subject: string;
  readonly plainText?: string;
  readonly html?: string;
  readonly attachments: readonly { name: string; contentType: string; contentInBase64: string }[];
}

/** The e-mails the emulator holds for one address, in the order they were sent. */
export async function emailsTo(emulatorsUrl: string, address: string): Promise<OutboxEmail[]> {
  const { messages } = (await (await fetch(`${emulatorsUrl}/email/_outbox`)).json()) as { messages: OutboxEmail[] };
  return messages.filter((message) => message.to.some((to) => to.address === address));
}

/** Waits until the emulator holds `count` e-mails for an address (the queue worker sends them). */
export async function waitForEmailsTo(emulatorsUrl: string, address: string, count: number): Promise<OutboxEmail[]> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const emails = await emailsTo(emulatorsUrl, address);
    if (emails.length >= count) return emails;
    await sleep(100);
  }
  throw new Error(`Expected ${count} e-mails to ${address}; got ${(await emailsTo(emulatorsUrl, address)).length}`);
}
