import type { ChatImage } from '@portico/call-client';
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

/** What a Teams user's message may keep: text formatting, lists, quotes, code, links and images. */
const allowedTags = [
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'span',
  'div',
  'a',
  'img',
];
// `id` only so an `<img>` can name its attachment; no id is left in what the page shows.
const allowedAttributes = ['href', 'src', 'alt', 'title', 'id'];

/** What the chat says in place of an image, in the person's language. */
export interface ChatImageTexts {
  /** The text alternative of an image that came without one. */
  readonly unnamed: string;
  readonly loading: string;
  readonly failed: string;
}

let purifier: Purifier | undefined;

/** Portico's own DOMPurify instance, so its link hook never changes how anything else sanitises. */
function chatPurifier(): Purifier {
  if (purifier) return purifier;
  const own = DOMPurify(window);
  own.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purifier = own;
  return own;
}

/**
 * Teams users' chat messages arrive as HTML. Only formatting survives: no script, no style, no event
 * handler, no `javascript:` link; links open in a new tab without access to this page. An `<img>`
 * whose `id` names one of the message's images shows that image once it is loaded (its object URL,
 * never an address from the message), named for screen readers, and says that it is loading or could
 * not be shown until then. Any other image is dropped if its address did not survive, and otherwise
 * said not to be shown: the CSP lets no page load images from elsewhere. Browser only: messages exist
 * only once a call is connected.
 */
export function sanitisedChatHtml(html: string, texts: ChatImageTexts, images: readonly ChatImage[] = []): string {
  const fragment = chatPurifier().sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const image of fragment.querySelectorAll('img')) {
    const attachment = images.find(({ id }) => id === image.id);
    if (attachment?.status === 'shown') {
      image.setAttribute('src', attachment.url);
      if (!image.getAttribute('alt')?.trim())
        image.setAttribute('alt', image.getAttribute('title') ?? attachment.name ?? texts.unnamed);
    } else if (attachment || image.getAttribute('src')) {
      // The CSP's img-src would block any other address, so say so instead of a broken picture.
      const note = document.createElement('span');
      note.className = 'chat-image-note';
      note.textContent = attachment?.status === 'loading' ? texts.loading : texts.failed;
      image.replaceWith(note);
    } else image.remove();
  }
  for (const named of fragment.querySelectorAll('[id]')) named.removeAttribute('id');
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
