import { err, ok, type Result } from './result';
import { porticoError, type PorticoError } from './errors/portico-error';
import type { Locale } from './locale';

/** What the organisation decides about the names guests get in Teams. */
export interface GuestNamePolicy {
  /** The organisation's own domains (e.g. `contoso.com`); a guest name may not contain them. */
  readonly organisationDomains: readonly string[];
  /** Characters kept of the guest's own name, before the suffix. */
  readonly maxNameLength: number;
}

export const defaultGuestNamePolicy: GuestNamePolicy = { organisationDomains: [], maxNameLength: 64 };

/** The suffix that marks every guest, in the guest's language. */
export const guestSuffix: Readonly<Record<Locale, string>> = { en: '(Guest)', nl: '(Gast)' };

// Control and format characters (bidi overrides, zero-width joiners) can reorder or hide text in
// the Teams roster; brackets of every script are removed so only Portico's suffix has any.
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const brackets = /[\p{Ps}\p{Pe}<>]/gu;

/**
 * The display name Teams will show for a guest, e.g. "Jane Doe (Guest)". The portal decides it:
 * the guest's own text is cleaned, shortened and always followed by the suffix, so it cannot pose
 * as staff.
 */
export function guestDisplayName(
  name: string,
  locale: Locale,
  policy: GuestNamePolicy = defaultGuestNamePolicy,
): Result<string, PorticoError> {
  const visible = collapseSpaces(name.normalize('NFKC').replace(invisible, ' '));
  const withoutSuffixes = collapseSpaces(stripTypedSuffixes(visible).replace(brackets, ' '));
  if (!/\p{L}/u.test(withoutSuffixes)) return err(porticoError('guest-name.empty'));
  const lower = withoutSuffixes.toLowerCase();
  if (policy.organisationDomains.some((domain) => domain !== '' && lower.includes(domain.toLowerCase()))) {
    return err(porticoError('guest-name.impersonation'));
  }
  const shortened = Array.from(withoutSuffixes).slice(0, policy.maxNameLength).join('').trim();
  return ok(`${shortened} ${guestSuffix[locale]}`);
}

const collapseSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A typed "(Guest)" or "(Gast)" would otherwise read as a doubled suffix; a surname "Gast" stays. */
function stripTypedSuffixes(text: string): string {
  let result = text;
  for (let previous = ''; previous !== result;) {
    previous = result;
    result = result.replace(/\s*[\p{Ps}<]\s*(?:guest|gast)\s*[\p{Pe}>]\s*$/iu, '');
  }
  return result;
}
