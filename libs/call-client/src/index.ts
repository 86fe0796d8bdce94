/**
 * @portico/call-client: what browser code needs for a call beyond the pure domain: the call session
 * model the UI renders and the driver port its two drivers implement (loaded lazily from
 * `@portico/call-client/acs-driver` and `@portico/call-client/local-driver`). Its `scope:client` tag
 * keeps server adapters and server SDKs out of it.
 */
export type { CallDriver, DeviceChoice, JoinRequest, VideoView } from './call/call-driver';
export { type CallPhase, type CallSessionState, type ChatState } from './call/call-session-state';
export { CallSession } from './call/call-session';
