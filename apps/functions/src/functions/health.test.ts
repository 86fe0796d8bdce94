import { HttpRequest, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { health } from './health';

const request = new HttpRequest({ method: 'GET', url: 'http://127.0.0.1/api/health' });
const context = () => new InvocationContext({ logHandler: () => undefined });

describe('health', () => {
  it('is 200 ok when storage answers', async () => {
    const response = (await health({ probeStorage: async () => undefined })(request, context())) as HttpResponseInit;
    expect(response.status).toBe(200);
    expect(JSON.parse(String(response.body))).toEqual({ status: 'ok', checks: { storage: 'ok' } });
  });

  it('is 503 degraded, naming storage, when storage fails', async () => {
    const failing = async () => {
      throw new Error('ECONNREFUSED');
    };
    const response = (await health({ probeStorage: failing })(request, context())) as HttpResponseInit;
    expect(response.status).toBe(503);
    expect(JSON.parse(String(response.body))).toEqual({ status: 'degraded', checks: { storage: 'failing' } });
  });

  it('is 503 degraded with Retry-After when storage hangs, instead of hanging with it', async () => {
    const hanging = () => new Promise<void>(() => undefined);
    const response = (await health({ probeStorage: hanging })(request, context())) as HttpResponseInit;
    expect(response.status).toBe(503);
    expect(response.headers).toMatchObject({ 'retry-after': '5' });
    expect(JSON.parse(String(response.body))).toEqual({ status: 'degraded', checks: { storage: 'failing' } });
  });
});
