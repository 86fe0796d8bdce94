/**
 * @portico/call-client/local-driver: the call driver for local mode (the meeting relay, real WebRTC
 * between browsers). Loaded lazily on the join page only.
 */
export { createLocalCallDriver } from './local/local-call-driver';
