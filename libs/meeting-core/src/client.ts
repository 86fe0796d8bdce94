/**
 * @portico/meeting-core/client: what browser code needs beyond the pure domain: the call session
 * model the UI renders and the driver port its two drivers implement (loaded lazily from
 * `@portico/meeting-core/acs-driver` and `@portico/meeting-core/local-driver`). Never imports the
 * server entry point or a server SDK (lint enforces it).
 */
export { readProblemDetails } from './client/read-problem-details';
export type {
  CallDriver,
  CallConnection,
  CallEnd,
  CallLocator,
  CallParticipant,
  ChatMessage,
  DeviceChoice,
  DriverEvent,
  JoinRequest,
  LobbyGuest,
  VideoView,
} from './client/call/call-driver';
export {
  reduceCallSession,
  initialCallSessionState,
  type CallPhase,
  type CallSessionEvent,
  type CallSessionState,
  type ChatState,
} from './client/call/call-session-state';
export { CallSession } from './client/call/call-session';
