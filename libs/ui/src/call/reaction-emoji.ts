import type { ReactionKind } from '@portico/domain';

/** How each Teams reaction looks. */
export const reactionEmoji: Record<ReactionKind, string> = {
  like: '👍',
  heart: '❤️',
  applause: '👏',
  laugh: '😆',
  surprised: '😮',
};
