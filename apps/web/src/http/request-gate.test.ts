import { decodableActionBody, requestRefusal, type GatedRequest } from './request-gate';

const post = (overrides: Partial<GatedRequest> = {}): GatedRequest => ({
  method: 'POST',
  host: 'portal.example',
  origin: 'https://portal.example',
  secFetchSite: 'same-origin',
  ...overrides,
});

describe('requestRefusal', () => {
  it('lets the portal’s own pages post, and anyone read', () => {
    expect(requestRefusal(post())).toBeUndefined();
    // A page sent with Referrer-Policy: no-referrer posts its forms with Origin: null.
    expect(requestRefusal(post({ origin: 'null' }))).toBeUndefined();
    expect(requestRefusal(post({ method: 'GET', origin: 'https://evil.example', secFetchSite: 'cross-site' }))).toBe(
      undefined,
    );
  });

  it('refuses a post another site’s page makes, by Sec-Fetch-Site or by Origin', () => {
    expect(requestRefusal(post({ secFetchSite: 'cross-site' }))).toBe('request.cross-site');
    expect(requestRefusal(post({ secFetchSite: 'same-site' }))).toBe('request.cross-site');
    expect(requestRefusal(post({ secFetchSite: null, origin: 'https://evil.example' }))).toBe('request.cross-site');
    expect(requestRefusal(post({ secFetchSite: null, origin: 'null' }))).toBe('request.cross-site');
    expect(requestRefusal(post({ secFetchSite: null, origin: 'https://portal.example.evil.example' }))).toBe(
      'request.cross-site',
    );
    expect(requestRefusal(post({ secFetchSite: null, origin: 'https://evil.example' }))).toBe('request.cross-site');
  });

  it('makes no exception for next-auth: Entra ID returns by a GET redirect', () => {
    expect(requestRefusal(post({ origin: 'https://login.microsoftonline.com', secFetchSite: 'cross-site' }))).toBe(
      'request.cross-site',
    );
  });

  it('lets a request with neither header through: it is not a browser page acting for someone', () => {
    expect(requestRefusal(post({ secFetchSite: null, origin: null }))).toBeUndefined();
  });

  it('refuses methods the portal never uses', () => {
    for (const method of ['TRACE', 'TRACK', 'PUT', 'DELETE', 'PATCH', 'CONNECT', 'PROPFIND'])
      expect(requestRefusal(post({ method }))).toBe('request.method-not-allowed');
  });
});

describe('decodableActionBody', () => {
  it('takes a JSON array of arguments, or a form', () => {
    expect(decodableActionBody('text/plain;charset=UTF-8', '["$K1",{"step":"ask"}]')).toBe(true);
    expect(decodableActionBody('multipart/form-data; boundary=x', '--x--')).toBe(true);
  });

  it('refuses what Next.js would fail on', () => {
    for (const body of ['', '[', '{}', '"text"', 'null', '42'])
      expect(decodableActionBody('text/plain;charset=UTF-8', body)).toBe(false);
  });
});
