import { noCapabilities } from '@portico/domain';
import { mapCallEndReason, mapCallState, mapCapabilities, mapEnvironmentInfo } from './acs-call-mapping';

// Shapes as the calling SDK reports them (`call.callEndReason`, `Features.Capabilities`), recorded
// from the SDK's events; the numbers are ACS's documented call-end codes.
const recorded = {
  hangUp: { code: 0, subCode: 0 },
  anonymousBlockedByTenant: { code: 403, subCode: 5221 },
  anonymousBlockedByOrganiser: { code: 403, subCode: 5222 },
  removedByOrganiser: { code: 0, subCode: 5300 },
  meetingEndedForAll: { code: 0, subCode: 4097 },
  deniedFromLobby: { code: 0, subCode: 5854 },
  expiredToken: { code: 401, subCode: 10037 },
  invalidToken: { code: 495, subCode: 4507 },
  wrongMeetingIdOrPasscode: { code: 404, subCode: 5751 },
  encryptedMeeting: { code: 403, subCode: 10500 },
  networkDropped: { code: 410, subCode: 3101 },
  lostConnection: { code: 496, subCode: 7 },
};

const capabilities = {
  turnVideoOn: { isPresent: true, reason: 'Capable' },
  unmuteMic: { isPresent: true, reason: 'Capable' },
  shareScreen: { isPresent: true, reason: 'Capable' },
  raiseHand: { isPresent: true, reason: 'Capable' },
  useReactions: { isPresent: false, reason: 'MeetingRestricted' },
  joinBreakoutRooms: { isPresent: false, reason: 'RoleRestricted' },
};

describe('the ACS driver mapping', () => {
  const inCall = { wasConnected: true, leftByUser: false };
  const joining = { wasConnected: false, leftByUser: false };

  it('maps the person’s own hang-up to left', () => {
    expect(mapCallEndReason(recorded.hangUp, { wasConnected: true, leftByUser: true })).toEqual({ reason: 'left' });
  });

  it.each([
    ['anonymousBlockedByTenant', 'call.anonymous-join-blocked'],
    ['anonymousBlockedByOrganiser', 'call.anonymous-join-blocked'],
    ['expiredToken', 'call.ticket-refused'],
    ['invalidToken', 'call.ticket-refused'],
    ['wrongMeetingIdOrPasscode', 'call.meeting-not-found'],
    ['encryptedMeeting', 'call.meeting-not-supported'],
  ] as const)('refuses %s with %s', (shape, code) => {
    expect(mapCallEndReason(recorded[shape], joining)).toEqual({ reason: 'refused', error: { code } });
  });

  it.each([
    ['removedByOrganiser', inCall, 'removed'],
    ['meetingEndedForAll', inCall, 'meeting-ended'],
    ['deniedFromLobby', joining, 'not-admitted'],
    ['hangUp', joining, 'not-admitted'],
    ['hangUp', inCall, 'meeting-ended'],
  ] as const)('ends %s as %s', (shape, context, reason) => {
    expect(mapCallEndReason(recorded[shape], context)).toEqual({ reason });
  });

  it.each(['networkDropped', 'lostConnection'] as const)('ends %s as a lost connection', (shape) => {
    expect(mapCallEndReason(recorded[shape], inCall)).toEqual({
      reason: 'failed',
      error: { code: 'call.connection-lost' },
    });
  });

  it('maps call states to lobby, connected and reconnecting', () => {
    expect(mapCallState('InLobby', false)).toEqual({ type: 'in-lobby' });
    expect(mapCallState('Connected', false)).toEqual({ type: 'connected' });
    expect(mapCallState('Connecting', true)).toEqual({ type: 'reconnecting' });
    expect(mapCallState('Connecting', false)).toBeUndefined();
    expect(mapCallState('Disconnecting', true)).toBeUndefined();
  });

  it('offers only the capabilities the meeting grants, and chat only when the chat service works', () => {
    expect(mapCapabilities(capabilities, true)).toEqual({
      microphone: 'allowed',
      camera: 'allowed',
      shareScreen: true,
      raiseHand: true,
      reactions: false,
      chat: true,
    });
    expect(mapCapabilities({}, false)).toEqual(noCapabilities);
  });

  it('holds the microphone and camera until consent, and says when the organiser turned them off', () => {
    const consent = { isPresent: false, reason: 'ExplicitConsentRequired' };
    expect(mapCapabilities({ ...capabilities, unmuteMic: consent, turnVideoOn: consent }, true)).toMatchObject({
      microphone: 'needs-consent',
      camera: 'needs-consent',
    });
    const hardMuted = { isPresent: false, reason: 'MeetingRestricted' };
    expect(mapCapabilities({ ...capabilities, unmuteMic: hardMuted }, true)).toMatchObject({
      microphone: 'blocked-by-organiser',
      camera: 'allowed',
    });
  });

  it('names the first thing to change about an environment the SDK does not support', () => {
    const info = {
      environment: { browser: 'Chrome' },
      isSupportedPlatform: true,
      isSupportedBrowser: true,
      isSupportedBrowserVersion: true,
      isSupportedEnvironment: true,
    };
    expect(mapEnvironmentInfo(info)).toEqual({ supported: true, browser: 'Chrome' });
    const old = { ...info, isSupportedBrowserVersion: false, isSupportedEnvironment: false };
    expect(mapEnvironmentInfo(old)).toEqual({ supported: false, problem: 'version', browser: 'Chrome' });
    expect(mapEnvironmentInfo({ ...old, isSupportedBrowser: false })).toMatchObject({ problem: 'browser' });
    expect(mapEnvironmentInfo({ ...old, isSupportedBrowser: false, isSupportedPlatform: false })).toMatchObject({
      problem: 'platform',
    });
  });
});
