/**
 * What the meeting lets this participant do. The meeting decides (ACS `Features.Capabilities`, or
 * the relay locally); the portal offers exactly these and fakes nothing Teams-only.
 */
export interface CallCapabilities {
  readonly shareScreen: boolean;
  readonly raiseHand: boolean;
  readonly reactions: boolean;
  readonly chat: boolean;
}

/** Until the meeting says otherwise, nothing beyond audio and video is offered. */
export const noCapabilities: CallCapabilities = { shareScreen: false, raiseHand: false, reactions: false, chat: false };

export const reactionKinds = ['like', 'heart', 'applause', 'laugh', 'surprised'] as const;
export type ReactionKind = (typeof reactionKinds)[number];
