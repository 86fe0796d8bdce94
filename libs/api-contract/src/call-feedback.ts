import { z } from 'zod';
import { callFeedbackLimits } from '@portico/domain';

/** A guest's answers after a call: the rating (1–5) and an optional comment. */
export const callFeedbackRequestSchema = z.object({
  rating: z.number().int().min(callFeedbackLimits.minRating).max(callFeedbackLimits.maxRating),
  comment: z.string().max(callFeedbackLimits.maxCommentLength).optional(),
});

export type CallFeedbackRequest = z.infer<typeof callFeedbackRequestSchema>;
