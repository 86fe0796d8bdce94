/**
 * What the meeting lets this participant do. The meeting decides (ACS `Features.Capabilities`, or
 * the relay locally); the portal offers exactly these and fakes nothing Teams-only.
 */
export interface CallCapabilities {
  readonly microphone: MediaPermission;
  readonly camera: MediaPermission;
  readonly shareScreen: boolean;
  readonly raiseHand: boolean;
  readonly reactions: boolean;
  readonly chat: boolean;
}

/** Until the meeting says otherwise, nothing beyond audio and video is offered. */
export const noCapabilities: CallCapabilities = {
  microphone: 'allowed',
  camera: 'allowed',
  shareScreen: false,
  raiseHand: false,
  reactions: false,
  chat: false,
};

/**
 * Whether the person may turn their microphone or camera on, and if not, why: a Teams meeting that
 * records with explicit consent holds them until the person agrees; an organiser can turn guests'
 * microphones or cameras off ("hard mute").
 */
export const mediaPermissions = ['allowed', 'needs-consent', 'blocked-by-organiser'] as const;
export type MediaPermission = (typeof mediaPermissions)[number];

export const reactionKinds = ['like', 'heart', 'applause', 'laugh', 'surprised'] as const;
export type ReactionKind = (typeof reactionKinds)[number];
