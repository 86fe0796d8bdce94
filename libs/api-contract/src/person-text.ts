import { z } from 'zod';
import { hasHiddenCharacters, hasHiddenCharactersInLines } from '@portico/domain';

const hiddenMessage = 'must not contain control, bidi or invisible characters';

/** One line of text from a person, such as a name or a subject: at most `max` characters, nothing hidden. */
export const oneLine = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !hasHiddenCharacters(text), hiddenMessage);

/** Text of several lines from a person, such as a note: at most `max` characters, nothing hidden in a line. */
export const severalLines = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !hasHiddenCharactersInLines(text), hiddenMessage);
