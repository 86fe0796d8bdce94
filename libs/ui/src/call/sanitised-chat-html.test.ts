/** @jest-environment jsdom */
import type { ChatImage } from '@portico/call-client';
import { sanitisedChatHtml } from './sanitised-chat-html';

const texts = { unnamed: 'Image from the chat', loading: 'Loading image…', failed: 'This image could not be shown.' };
const shown = (html: string, images: readonly ChatImage[] = []) => {
  const holder = document.createElement('div');
  holder.innerHTML = sanitisedChatHtml(html, texts, images);
  return holder;
};

describe('a Teams user’s chat message, sanitised', () => {
  it('keeps formatting and links, and nothing that runs', () => {
    const message = shown(
      '<p><b>Bring</b> <em>your</em> letter</p><ul><li>one</li></ul><script>alert(1)</script>' +
        '<img src="x" onerror="alert(2)"><a href="javascript:alert(3)">bad</a><a href="https://example.com/info">info</a>' +
        '<p style="color:red" onclick="alert(4)">styled</p>',
    );
    expect(message.querySelector('b')?.textContent).toBe('Bring');
    expect(message.querySelectorAll('li')).toHaveLength(1);
    expect(message.querySelector('script, [onerror], [onclick], [style]')).toBeNull();
    expect(message.querySelector('a:not([href])')?.textContent).toBe('bad');
    const link = message.querySelector('a[href]');
    expect(link?.getAttribute('href')).toBe('https://example.com/info');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows an inline image from its object URL, named, and never from the address in the message', () => {
    const message = shown('<p>Your scan</p><img src="https://evil.example/track.png" id="att-1" itemscope="png">', [
      { id: 'att-1', name: 'scan.png', status: 'shown', url: 'blob:http://127.0.0.1/abc' },
    ]);
    const image = message.querySelector('img');
    expect(image?.getAttribute('src')).toBe('blob:http://127.0.0.1/abc');
    expect(image?.getAttribute('alt')).toBe('scan.png');
    expect(message.querySelector('[id], [itemscope]')).toBeNull();
  });

  it('says that an inline image is loading, or could not be shown, instead of a broken picture', () => {
    const message = shown('<img src="" id="a"><img src="" id="b">', [
      { id: 'a', name: undefined, status: 'loading' },
      { id: 'b', name: undefined, status: 'failed' },
    ]);
    expect(message.querySelector('img')).toBeNull();
    expect([...message.querySelectorAll('.chat-image-note')].map((note) => note.textContent)).toEqual([
      'Loading image…',
      'This image could not be shown.',
    ]);
  });

  it('drops images without an address, says that others are not shown, and leaves no ids behind', () => {
    const message = shown(
      '<img src=""><img src="javascript:alert(1)"><img src="https://example.com/a.png" id="location">' +
        '<form id="cookie"><p id="x">text</p></form>',
    );
    expect(message.querySelector('img, [id], form')).toBeNull();
    expect([...message.querySelectorAll('.chat-image-note')].map((note) => note.textContent)).toEqual([
      'This image could not be shown.',
    ]);
    expect(message.textContent).toBe('This image could not be shown.text');
  });

  it('names a shown image by its title or, lacking both, as an image from the chat', () => {
    const message = shown('<img src="" id="a" title="Floor plan"><img src="" id="b">', [
      { id: 'a', name: 'plan.png', status: 'shown', url: 'blob:a' },
      { id: 'b', name: undefined, status: 'shown', url: 'blob:b' },
    ]);
    expect([...message.querySelectorAll('img')].map((image) => image.getAttribute('alt'))).toEqual([
      'Floor plan',
      'Image from the chat',
    ]);
  });
});
