import { isIP } from 'node:net';

/**
 * The caller's network address as the trusted front end saw it. Each proxy appends the address it
 * received the request from to `X-Forwarded-For`, so only the entries our own proxies wrote can be
 * believed: with `trustedHops` proxies in front (App Service's front end is one), that is the
 * entry `trustedHops` places from the right. Everything left of it is written by the caller. Ports
 * (`203.0.113.7:51234`, `[2001:db8::1]:443`) are removed, so one client is one key, and an IPv6
 * client is its /64 (one subscriber holds a whole /64 and could otherwise use a new address per
 * request). Undefined when there is no such entry or it is not an IP address.
 */
export function clientAddress(forwardedFor: string | null, trustedHops: number): string | undefined {
  if (forwardedFor === null || trustedHops < 1) return undefined;
  const entries = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const entry = entries[entries.length - trustedHops];
  return entry === undefined ? undefined : withoutPort(entry);
}

function withoutPort(entry: string): string | undefined {
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(entry);
  const address = bracketed ? (bracketed[1] ?? '') : (/^([^:]+):\d{1,5}$/.exec(entry)?.[1] ?? entry);
  if (isIP(address) === 4 && !bracketed) return address;
  return isIP(address) === 6 ? ipv6Client(address.toLowerCase()) : undefined;
}

/** An IPv6 client as its /64, or the IPv4 address inside an IPv4-mapped one (`::ffff:203.0.113.7`). */
function ipv6Client(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped) return mapped;
  const [head = '', tail] = address.split('::');
  const front = head === '' ? [] : head.split(':');
  const back = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined ? front : [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
