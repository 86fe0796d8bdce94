import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it('believes only the entry the trusted front end appended, not what the caller wrote before it', () => {
    expect(clientAddress('203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('1.1.1.1, 2.2.2.2, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('1.1.1.1, 203.0.113.7, 10.0.0.4', 2)).toBe('203.0.113.7');
  });

  it('gives one key per client whatever the caller puts first', () => {
    const keys = new Set(
      Array.from({ length: 30 }, (_, i) => clientAddress(`198.51.100.${i}, 203.0.113.7:${40000 + i}`, 1)),
    );
    expect([...keys]).toEqual(['203.0.113.7']);
  });

  it('strips ports from IPv4 and bracketed IPv6 entries', () => {
    expect(clientAddress('203.0.113.7:51234', 1)).toBe('203.0.113.7');
    expect(clientAddress('[2001:DB8::1]:443', 1)).toBe('2001:db8:0:0::/64');
    expect(clientAddress('2001:db8::1', 1)).toBe('2001:db8:0:0::/64');
    expect(clientAddress('[::ffff:203.0.113.7]:443', 1)).toBe('203.0.113.7');
  });

  it('keys an IPv6 client on its /64, so rotating addresses inside it gains nothing', () => {
    const keys = new Set(
      ['2001:db8:aa:bb::1', '2001:db8:aa:bb:ffff:1:2:3', '[2001:0db8:00aa:00bb::42]:8443'].map((a) =>
        clientAddress(a, 1),
      ),
    );
    expect([...keys]).toEqual(['2001:db8:aa:bb::/64']);
    expect(clientAddress('2001:db8:aa:bc::1', 1)).toBe('2001:db8:aa:bc::/64');
  });

  it('knows no address when there is no trusted entry or it is not an address', () => {
    expect(clientAddress(null, 1)).toBeUndefined();
    expect(clientAddress('203.0.113.7', 0)).toBeUndefined();
    expect(clientAddress('203.0.113.7', 2)).toBeUndefined();
    expect(clientAddress(' , ', 1)).toBeUndefined();
    for (const junk of ['unknown', 'evil.example:80', '999.1.1.1', '[nope]:1', "1.2.3.4' or 1=1", '1.2.3.4:999999'])
      expect(clientAddress(junk, 1)).toBeUndefined();
  });
});
