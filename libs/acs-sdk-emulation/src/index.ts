/**
 * @portico/acs-sdk-emulation: the ACS calling and chat SDK surface the call driver uses
 * (`AcsSdk`), emulated over the meeting relay with real WebRTC between browsers. Local mode and every
 * e2e test run the one call driver on it; Azure runs the same driver on the real SDKs.
 */
export { createEmulatedAcsSdk, type EmulatedAcsSdkOptions } from './emulated-acs-sdk';
