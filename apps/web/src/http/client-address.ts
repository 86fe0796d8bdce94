import { isIP } from 'node:net';

/**
 * The caller's network address as the trusted front end saw it. Each proxy appends the address it
 * received the request from to `X-Forwarded-For`, so only the entries our own proxies wrote can be
 * believed: with `trustedHops` proxies in front (App Service's front end is one), that is the
 * entry `trustedHops` places from the right. Everything left of it is written by the caller. Ports
 * (`203.0.113.7:51234`, `[2001:db8::1]:443`) are removed, so one client is one key. Undefined when
 * there is no such entry or it is not an IP address.
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
  if (bracketed) return isIP(bracketed[1] ?? '') === 6 ? (bracketed[1] ?? '').toLowerCase() : undefined;
  if (isIP(entry) !== 0) return entry.toLowerCase();
  const hostAndPort = /^([^:]+):\d{1,5}$/.exec(entry);
  return hostAndPort && isIP(hostAndPort[1] ?? '') === 4 ? hostAndPort[1] : undefined;
}
