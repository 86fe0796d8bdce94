import type { CommunicationTokenCredential } from '@azure/communication-common';
import { inlineImages, isChatServiceUrl, loadChatImage } from './chat-image-loader';

const credential: CommunicationTokenCredential = {
  getToken: async () => ({ token: 'guest-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
  dispose: () => undefined,
};
const endpoint = 'https://portico-acs.communication.azure.com/';
const attachment = {
  id: 'img-1',
  name: 'x-ray.png',
  previewUrl: 'https://portico-acs.communication.azure.com/chat/threads/t/images/img-1/views/small',
};

describe('a Teams user’s inline chat images', () => {
  it('are the image attachments with a preview; files and unknown kinds are not', () => {
    expect(
      inlineImages([
        { id: 'img-1', attachmentType: 'image', previewUrl: 'https://chat.example/a' },
        { id: 'img-2', attachmentType: 'image' },
        { id: 'file-1', attachmentType: 'file', previewUrl: 'https://chat.example/b' },
        { id: 'x-1', attachmentType: 'unknown', previewUrl: 'https://chat.example/c' },
      ]).map((image) => image.id),
    ).toEqual(['img-1']);
    expect(inlineImages(undefined)).toEqual([]);
  });

  it('load with the person’s own token and show from an object URL', async () => {
    const asked: { url: string; authorization: string | null }[] = [];
    const image = await loadChatImage(attachment, credential, endpoint, async (url, init) => {
      asked.push({ url: String(url), authorization: new Headers(init?.headers).get('authorization') });
      return new Response(new Blob(['png bytes'], { type: 'image/png' }));
    });
    expect(asked).toEqual([{ url: attachment.previewUrl, authorization: 'Bearer guest-token' }]);
    expect(image).toMatchObject({ id: 'img-1', name: 'x-ray.png', status: 'shown' });
    const url = image.status === 'shown' ? image.url : '';
    expect(url).toMatch(/^blob:/);
    URL.revokeObjectURL(url);
  });

  it.each([
    ['a refusal', async () => new Response('{}', { status: 403 })],
    ['an answer that is no image', async () => new Response('<html>', { headers: { 'content-type': 'text/html' } })],
    [
      'a network failure',
      async () => {
        throw new TypeError('Failed to fetch');
      },
    ],
  ])('fail on %s, so the message says so instead of showing a broken picture', async (_, answer) => {
    expect(await loadChatImage(attachment, credential, endpoint, answer)).toEqual({
      id: 'img-1',
      name: 'x-ray.png',
      status: 'failed',
    });
  });

  it('fail when the token cannot be had', async () => {
    const expired: CommunicationTokenCredential = {
      getToken: async () => Promise.reject(new Error('token refresh failed')),
      dispose: () => undefined,
    };
    const fetchImage = jest.fn<Promise<Response>, Parameters<typeof fetch>>();
    expect((await loadChatImage(attachment, expired, endpoint, fetchImage)).status).toBe('failed');
    expect(fetchImage).not.toHaveBeenCalled();
  });

  it('send the token only to the chat service: its endpoint, or its https hosts', async () => {
    expect(isChatServiceUrl(attachment.previewUrl, endpoint)).toBe(true);
    expect(isChatServiceUrl('https://global.chat.prod.communication.microsoft.com/img', endpoint)).toBe(true);
    expect(isChatServiceUrl('http://127.0.0.1:7180/relay/chat-images/x', 'http://127.0.0.1:7180/')).toBe(true);
    for (const elsewhere of [
      'https://evil.cloudapp.azure.com/img',
      'http://portico-acs.communication.azure.com.evil.example/img',
      'http://x.communication.azure.com/img',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isChatServiceUrl(elsewhere, endpoint)).toBe(false);
    }
    const fetchImage = jest.fn<Promise<Response>, Parameters<typeof fetch>>();
    const image = await loadChatImage(
      { ...attachment, previewUrl: 'https://evil.cloudapp.azure.com/i' },
      credential,
      endpoint,
      fetchImage,
    );
    expect(image.status).toBe('failed');
    expect(fetchImage).not.toHaveBeenCalled();
  });
});
