import type { Attributes, AttributeValue } from '@opentelemetry/api';

// What never leaves the process in telemetry: e-mail addresses, tokens (JWTs, bearer values, the
// secrets in personal and sign-in link paths, `code`/`token`/`sig` query values) and the values of
// attributes that name a person.
const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const jwt = /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const bearer = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
const linkToken = /\/(a|sign-in)\/[^/?#\s"']+/g;
const secretQuery = /([?&](?:code|token|sig|validationToken|accesskey)=)[^&#\s"']+/gi;
const personalKey = /(e-?mail|name|phone|authorization|cookie|token|secret|password|user\.id|enduser)/i;

/** Whether a field or attribute name says its value is personal or secret (an address, a token, a name). */
export function isPersonalKey(key: string): boolean {
  return personalKey.test(key);
}

/** The text with every e-mail address and token replaced by a placeholder. */
export function redactText(text: string): string {
  return text
    .replace(jwt, '[token]')
    .replace(bearer, '$1 [token]')
    .replace(linkToken, '/$1/[token]')
    .replace(secretQuery, '$1[redacted]')
    .replace(email, '[email]');
}

function redactValue(value: AttributeValue): AttributeValue {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'string' ? redactText(item) : item)) as AttributeValue;
  return value;
}

/** Attributes fit to export: personal keys blanked, personal data in values replaced. */
export function redactAttributes(attributes: Attributes): Attributes {
  const redacted: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    redacted[key] = isPersonalKey(key) && !key.startsWith('portico.') ? '[redacted]' : redactValue(value);
  }
  return redacted;
}
