import { porticoError, type CallCapabilities, type MediaPermission } from '@portico/domain';
import type { BrowserSupport, CallEnd, DriverEvent } from '../call/call-driver';

/** The shape of the calling SDK's `call.callEndReason`. */
export interface AcsCallEndReason {
  readonly code: number;
  readonly subCode?: number;
}

/** The shape of one entry of the SDK's `Features.Capabilities` `capabilities`. */
export interface AcsCapability {
  readonly isPresent: boolean;
  readonly reason: string;
}

// Sub-codes from the ACS "call end codes" reference, for the ends a Teams guest can meet.
const anonymousJoinBlocked = new Set([5221, 5222]);
const removedByParticipant = new Set([5000, 5300, 5317]);
const endedForEveryone = new Set([4097, 5001]);
const deniedFromLobby = new Set([5854]);
const invalidMeetingIdentifier = 5751;
/** Codes ACS documents for a token it does not accept: 495/4507, 401/10009, and 401s in general. */
const tokenRefusedCodes = new Set([401, 495]);
const networkCodes = new Set([408, 410, 480, 490, 491, 496, 500, 503]);

/**
 * Why an ACS call ended, in the domain's terms. `wasConnected` tells a lobby refusal from a later
 * end; `leftByUser` marks the person's own hang-up, which ACS reports as 0/0 like other normal ends.
 */
export function mapCallEndReason(
  reason: AcsCallEndReason | undefined,
  context: { readonly wasConnected: boolean; readonly leftByUser: boolean },
): CallEnd {
  if (context.leftByUser) return { reason: 'left' };
  const code = reason?.code ?? 0;
  const subCode = reason?.subCode ?? 0;
  if (anonymousJoinBlocked.has(subCode))
    return { reason: 'refused', error: porticoError('call.anonymous-join-blocked') };
  if (deniedFromLobby.has(subCode)) return { reason: 'not-admitted' };
  if (subCode === invalidMeetingIdentifier) return { reason: 'refused', error: porticoError('call.meeting-not-found') };
  if (removedByParticipant.has(subCode)) return { reason: 'removed' };
  if (endedForEveryone.has(subCode)) return { reason: 'meeting-ended' };
  if (tokenRefusedCodes.has(code)) return { reason: 'refused', error: porticoError('call.ticket-refused') };
  // The remaining 403s at join are the meeting kinds ACS cannot join: encrypted, webinars, town halls.
  if (code === 403) return { reason: 'refused', error: porticoError('call.meeting-not-supported') };
  if (code === 404) return { reason: 'meeting-ended' };
  if (networkCodes.has(code)) return { reason: 'failed', error: porticoError('call.connection-lost') };
  if (code === 0) return context.wasConnected ? { reason: 'meeting-ended' } : { reason: 'not-admitted' };
  return { reason: 'failed', error: porticoError('call.connection-lost') };
}

/** The session event for an ACS call state, given whether the call has been connected before. */
export function mapCallState(state: string, wasConnected: boolean): DriverEvent | undefined {
  if (state === 'InLobby') return { type: 'in-lobby' };
  if (state === 'Connected') return { type: 'connected' };
  // ACS goes back to Connecting while it restores a dropped connection.
  if (state === 'Connecting' && wasConnected) return { type: 'reconnecting' };
  return undefined;
}

/**
 * What the meeting lets this guest do, from `Features.Capabilities`. A capability the SDK does not
 * report is not offered. Chat is decided by the chat service, not by the call.
 */
export function mapCapabilities(
  capabilities: Partial<Record<string, AcsCapability>>,
  chatAvailable: boolean,
): CallCapabilities {
  const present = (name: string) => capabilities[name]?.isPresent === true;
  return {
    microphone: mediaPermission(capabilities['unmuteMic']),
    camera: mediaPermission(capabilities['turnVideoOn']),
    shareScreen: present('shareScreen'),
    raiseHand: present('raiseHand'),
    reactions: present('useReactions'),
    chat: chatAvailable,
  };
}

/**
 * Whether the person may use a microphone or camera. Not reported (yet) means allowed, as it is before
 * the meeting says anything; absent with `ExplicitConsentRequired` waits for the person's consent, and
 * any other reason is the meeting's or organiser's choice.
 */
function mediaPermission(capability: AcsCapability | undefined): MediaPermission {
  if (!capability || capability.isPresent) return 'allowed';
  return capability.reason === 'ExplicitConsentRequired' ? 'needs-consent' : 'blocked-by-organiser';
}

/** The shape of the SDK's `DebugInfo` `getEnvironmentInfo()` answer. */
export interface AcsEnvironmentInfo {
  readonly environment: { readonly browser: string };
  readonly isSupportedPlatform: boolean;
  readonly isSupportedBrowser: boolean;
  readonly isSupportedBrowserVersion: boolean;
  readonly isSupportedEnvironment: boolean;
}

/** What the SDK says of this environment, as the one problem the person can act on first. */
export function mapEnvironmentInfo(info: AcsEnvironmentInfo): BrowserSupport {
  const browser = info.environment.browser;
  if (info.isSupportedEnvironment) return { supported: true, browser };
  const problem = !info.isSupportedPlatform ? 'platform' : !info.isSupportedBrowser ? 'browser' : 'version';
  return { supported: false, problem, browser };
}
