import { err, ok, type Result } from '../result';
import { porticoError, type PorticoError } from '../errors/portico-error';
import { hasHiddenCharactersInLines } from '../hidden-characters';
import type { Appointment } from './appointment';
import { findGuest } from './appointment-guests';

/** A guest's two answers after a call: how it went (1–5) and, if they like, why. */
export interface CallFeedback {
  readonly guestEmail: string;
  readonly rating: number;
  readonly comment?: string;
  /** ISO 8601 instant in UTC. */
  readonly givenAt: string;
}

export const callFeedbackLimits = { minRating: 1, maxRating: 5, maxCommentLength: 1000 } as const;

/**
 * Keeps a guest's feedback on the appointment, replacing what they gave before (a rejoined call is
 * rated again). Only a guest of the appointment gives it, never on a cancelled one; the rating is a
 * whole number from 1 to 5, the comment is trimmed, within its limit and free of hidden characters.
 */
export function recordCallFeedback(
  appointment: Appointment,
  input: { readonly guestEmail: string; readonly rating: number; readonly comment?: string | undefined },
  now: Date,
): Result<Appointment, PorticoError> {
  const guest = findGuest(appointment, input.guestEmail);
  if (!guest) return err(porticoError('appointment.not-found'));
  if (appointment.status === 'cancelled') return err(porticoError('appointment.cancelled'));
  const { minRating, maxRating, maxCommentLength } = callFeedbackLimits;
  if (!Number.isInteger(input.rating) || input.rating < minRating || input.rating > maxRating) {
    return err(porticoError('request.invalid', { issues: `rating: a whole number from ${minRating} to ${maxRating}` }));
  }
  const comment = input.comment?.trim() ?? '';
  if (comment.length > maxCommentLength || hasHiddenCharactersInLines(comment)) {
    return err(porticoError('request.invalid', { issues: `comment: at most ${maxCommentLength} characters of text` }));
  }
  const feedback: CallFeedback = {
    guestEmail: guest.email,
    rating: input.rating,
    ...(comment ? { comment } : {}),
    givenAt: now.toISOString(),
  };
  return ok({
    ...appointment,
    feedback: [...(appointment.feedback ?? []).filter((given) => given.guestEmail !== guest.email), feedback],
    updatedAt: now.toISOString(),
  });
}
