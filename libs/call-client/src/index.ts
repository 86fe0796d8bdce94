/**
 * @portico/call-client: what browser code needs for a call beyond the pure domain: the call session
 * model, the selectors that turn it into the plain view the UI renders, and the driver port that the
 * one driver (loaded lazily from `@portico/call-client/acs-driver`) implements. Its `scope:client` tag
 * keeps server adapters and server SDKs out of it.
 */
export type {
  AvailableDevices,
  BackgroundChoice,
  BrowserSupport,
  CallDevices,
  CallDriver,
  ChatImage,
  ChatMessage,
  DeviceAccess,
  DeviceChoice,
  DevicesInUse,
  EffectsState,
  JoinRequest,
  MediaDeviceOption,
  NetworkQuality,
  VideoView,
} from './call/call-driver';
export {
  initialCallSessionState,
  isActivePhase,
  type CallPhase,
  type CallSessionState,
  type CaptionLine,
  type CaptionsState,
  type ChatState,
  type ChatTypist,
} from './call/call-session-state';
export { CallSession } from './call/call-session';
export { guestPhaseOf } from './call/guest-phase';
export { playChime } from './call/play-chime';
export {
  callStageView,
  galleryLimit,
  type CallStageView,
  type MediaControl,
  type Owner,
  type ParticipantRow,
  type ParticipantTile,
  type StageChoices,
  type StageLayout,
} from './call/call-stage-view';
