import type { Locale } from '../locale';
import type { ErrorCode } from './error-code';
import en from './messages/en.json';
import nl from './messages/nl.json';

/** The title and detail of an error in one language; `{name}` placeholders take the error's params. */
export interface LocalisedText {
  readonly title: string;
  readonly detail: string;
}

/**
 * Every error's text per language, kept as data (`messages/*.json`) like the web app's messages.
 * The `satisfies` makes a code without English or Dutch text a type error.
 */
export const errorText: Readonly<Record<Locale, Readonly<Record<ErrorCode, LocalisedText>>>> = {
  en: en satisfies Record<ErrorCode, LocalisedText>,
  nl: nl satisfies Record<ErrorCode, LocalisedText>,
};
