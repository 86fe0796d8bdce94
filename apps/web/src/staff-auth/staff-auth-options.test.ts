import type { JWT } from 'next-auth/jwt';
import { parseWebSettings } from '@/settings';
import { staffAuthOptions } from './staff-auth-options';

const entra = parseWebSettings({
  PORTICO_ENVIRONMENT: 'production',
  PORTICO_FUNCTIONS_URL: 'https://portico-func.example',
  PORTICO_FUNCTIONS_KEY: 'k'.repeat(32),
  PORTICO_SESSION_SECRET: 's'.repeat(32),
  PORTICO_ENTRA_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  PORTICO_ENTRA_CLIENT_ID: '4b5c6d7e-1f2a-4b3c-9d8e-7f6a5b4c3d2e',
  PORTICO_ENTRA_CLIENT_SECRET: 'secret',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000',
});

describe('staff sign-in', () => {
  const options = staffAuthOptions(entra);

  it('keeps only who the staff member is in the session cookie: no photo, no provider tokens', async () => {
    const jwt = options.callbacks?.jwt;
    if (!jwt) throw new Error('the jwt callback should be configured');
    const signedIn = await jwt({
      token: {
        sub: 'sub-1',
        name: 'Ada',
        email: 'ada@contoso.example',
        picture: `data:image/jpeg;base64,${'A'.repeat(4000)}`,
      },
      user: { id: 'sub-1', name: 'Ada Visser', email: 'ada@contoso.example', image: 'data:image/jpeg;base64,AAAA' },
      profile: { sub: 'sub-1', oid: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f' },
      account: { providerAccountId: 'sub-1', provider: 'azure-ad', type: 'oauth', access_token: 'secret-token' },
    } as Parameters<typeof jwt>[0]);
    expect(signedIn).toEqual<JWT>({
      sub: 'sub-1',
      staffId: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f',
      name: 'Ada Visser',
      email: 'ada@contoso.example',
    });
  });

  it('reads the Entra profile from the id token alone, without fetching a photo from Graph', async () => {
    // next-auth lays the provider's `options` over its defaults when it handles a sign-in.
    const provider = (options.providers[0] as unknown as { options: { profile: (claims: object) => unknown } }).options;
    const fetched = jest.spyOn(globalThis, 'fetch');
    const profile = await provider.profile({
      sub: 'sub-1',
      name: 'Ada Visser',
      preferred_username: 'ada@contoso.example',
    });
    expect(profile).toEqual({ id: 'sub-1', name: 'Ada Visser', email: 'ada@contoso.example' });
    expect(fetched).not.toHaveBeenCalled();
    fetched.mockRestore();
  });
});
