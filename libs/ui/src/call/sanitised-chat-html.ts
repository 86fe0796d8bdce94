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
const allowedAttributes = ['href', 'src', 'alt', 'title'];

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
 * handler, no `javascript:` link; links open in a new tab without access to this page. An image
 * whose address did not survive is dropped; one without a text alternative is named `imageLabel`,
 * so a screen reader says that there is an image. Browser only: messages exist only once a call is
 * connected.
 */
export function sanitisedChatHtml(html: string, imageLabel: string): string {
  const fragment = chatPurifier().sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const image of fragment.querySelectorAll('img')) {
    if (!image.getAttribute('src')) image.remove();
    else if (!image.getAttribute('alt')?.trim()) image.setAttribute('alt', image.getAttribute('title') ?? imageLabel);
  }
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
