import { refusalBeforeNext } from './refusal-before-next';

describe('refusalBeforeNext', () => {
  it('refuses the methods Node’s fetch cannot carry, and every other method the portal never uses', () => {
    for (const method of ['TRACE', 'TRACK', 'CONNECT', 'trace', 'PUT', 'PROPFIND'])
      expect(refusalBeforeNext(method, '/')?.code).toBe('request.method-not-allowed');
  });

  it('refuses a path with a broken percent escape, whatever its query says', () => {
    for (const url of ['/a/%E0%A4%A', '/%', '/staff/%zz?x=1'])
      expect(refusalBeforeNext('GET', url)).toEqual({
        code: 'request.invalid',
        params: { issues: 'path: not valid percent-encoding' },
      });
    expect(refusalBeforeNext('GET', '/sign-in?next=%')).toBeUndefined();
  });

  it('lets the portal’s own requests through to Next.js', () => {
    for (const method of ['GET', 'HEAD', 'POST', 'OPTIONS'])
      expect(refusalBeforeNext(method, '/appointments/a%20b')).toBeUndefined();
    expect(refusalBeforeNext(undefined, undefined)).toBeUndefined();
  });
});
