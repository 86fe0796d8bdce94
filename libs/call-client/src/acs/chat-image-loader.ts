import type { ChatMessageReceivedEvent } from '@azure/communication-chat';
import type { CommunicationTokenCredential } from '@azure/communication-common';
import type { ChatImage } from '../call/call-driver';

/** An attachment as a received message carries it. */
type ChatAttachment = NonNullable<ChatMessageReceivedEvent['attachments']>[number];

/** A message's inline images, as the chat service lists them: image attachments with a preview. */
export function inlineImages(attachments: readonly ChatAttachment[] | undefined): ChatAttachment[] {
  return (attachments ?? []).filter(
    (attachment) => attachment.attachmentType === 'image' && attachment.previewUrl !== undefined,
  );
}

/** The chat service's own hosts, besides the resource's endpoint: where ACS serves attachments. */
const chatServiceHosts = ['.communication.azure.com', '.communication.microsoft.com'];

/**
 * Whether an attachment's address is the chat service's, so the person's token may go with it: the
 * resource's own endpoint (the relay's, locally), or an https host of the chat service.
 */
export function isChatServiceUrl(address: string, endpoint: string): boolean {
  try {
    const url = new URL(address);
    if (url.origin === new URL(endpoint).origin) return true;
    return url.protocol === 'https:' && chatServiceHosts.some((host) => url.hostname.endsWith(host));
  } catch {
    return false;
  }
}

/**
 * Fetches an inline image's preview with the person's own token, as the chat service requires, and
 * gives it an object URL the sanitised message may show, if the address is the chat service's. Anything but an image answer fails, so a
 * broken link shows as "could not be shown" instead of a broken picture. The object URLs are kept
 * for the page's life: the chat stays readable on the after-call screen.
 */
export async function loadChatImage(
  attachment: Pick<ChatAttachment, 'id' | 'name' | 'previewUrl'>,
  credential: CommunicationTokenCredential,
  endpoint: string,
  fetchImage: typeof fetch = fetch,
): Promise<ChatImage> {
  const failed: ChatImage = { id: attachment.id, name: attachment.name, status: 'failed' };
  // The token never goes anywhere but the chat service, whatever address a message names.
  if (!attachment.previewUrl || !isChatServiceUrl(attachment.previewUrl, endpoint)) return failed;
  try {
    const { token } = await credential.getToken();
    const response = await fetchImage(attachment.previewUrl, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) return failed;
    const image = await response.blob();
    if (!image.type.startsWith('image/')) return failed;
    return { id: attachment.id, name: attachment.name, status: 'shown', url: URL.createObjectURL(image) };
  } catch {
    return failed;
  }
}
