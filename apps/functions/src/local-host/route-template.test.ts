import { compileRouteTemplate } from './route-template';

describe('compileRouteTemplate', () => {
  it('matches literal routes below /api, with or without a trailing slash, in any case', () => {
    const route = compileRouteTemplate('guest/appointments');
    expect(route.match('/api/guest/appointments')).toEqual({});
    expect(route.match('/api/guest/appointments/')).toEqual({});
    expect(route.match('/API/Guest/Appointments')).toEqual({});
    expect(route.match('/guest/appointments')).toBeUndefined();
    expect(route.match('/api/guest/appointments/x')).toBeUndefined();
  });

  it('extracts and decodes parameters', () => {
    expect(compileRouteTemplate('appointments/{id}/join-ticket').match('/api/appointments/a%20b/join-ticket')).toEqual({
      id: 'a b',
    });
  });

  it('honours optional parameters, int constraints and catch-alls', () => {
    expect(compileRouteTemplate('items/{id?}').match('/api/items')).toEqual({});
    expect(compileRouteTemplate('items/{id?}').match('/api/items/7')).toEqual({ id: '7' });
    expect(compileRouteTemplate('items/{n:int}').match('/api/items/x')).toBeUndefined();
    expect(compileRouteTemplate('items/{n:int}').match('/api/items/42')).toEqual({ n: '42' });
    expect(compileRouteTemplate('files/{*rest}').match('/api/files/a/b/c')).toEqual({ rest: 'a/b/c' });
  });

  it('treats regular-expression characters in templates literally', () => {
    expect(compileRouteTemplate('a.b').match('/api/aXb')).toBeUndefined();
  });
});
