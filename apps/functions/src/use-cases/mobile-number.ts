import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { err, ok, porticoError, type PorticoError, type Result } from '@portico/domain';

/** Types of number that can receive a text message; a landline cannot. */
const textableTypes = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER']);

/**
 * A guest's mobile number as E.164, if it is one: written internationally (a `+` and the country
 * code, spaces and dashes allowed), valid in its country's numbering plan, and able to take texts.
 * The full plans (libphonenumber's) catch numbers with the right shape that no operator issues.
 */
export function parseMobileNumber(input: string): Result<string, PorticoError> {
  const trimmed = input.trim();
  const parsed = trimmed.startsWith('+') ? parsePhoneNumberFromString(trimmed) : undefined;
  const type = parsed?.getType();
  if (!parsed || !parsed.isValid() || type === undefined || !textableTypes.has(type)) {
    return err(porticoError('guest.invalid-mobile-number'));
  }
  return ok(parsed.number);
}
