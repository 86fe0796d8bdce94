'use client';

import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import {
  callStageView,
  isActivePhase,
  type BrowserSupport,
  type CallDevices,
  type CallPhase,
  type CallSession,
  type DeviceChoice,
  type JoinRequest,
} from '@portico/call-client';
import type { DialIn } from '@portico/domain';
import { useTranslations, useFormatter } from 'next-intl';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { CallStage, type CallStageActions } from './call-stage';
import { CallFeedbackForm, type CallFeedback } from './call-feedback-form';
import { ChatPanel } from './chat-panel';
import { useErrorMessage } from './use-error-message';
import { DeviceCheck } from './device-check';
import { useConfirmLeaving } from './use-confirm-leaving';
import { oneCallWindow, type OneCallWindow } from './one-call-window';
import { keepScreenAwake } from './keep-screen-awake';

/** The join window has not opened: when it will, in the guest's own time zone. */
export interface EarlyArrival {
  readonly opensAt: string;
  readonly timeZone: string;
}

export interface CallExperienceProps {
  readonly session: CallSession;
  /** Who admits guests, for the lobby's "waiting for …". */
  readonly organiserName: string;
  /** Builds the join request, usually by asking the portal for a join ticket. */
  readonly buildJoinRequest: (devices: DeviceChoice) => Promise<JoinRequest>;
  readonly isOrganiser?: boolean;
  /** Keeps the guest's answers after the call; absent, no questions are asked (staff). */
  readonly sendFeedback?: (feedback: CallFeedback) => Promise<void>;
  /** How to join the audio by phone, when the meeting has audio conferencing. */
  readonly dialIn?: DialIn | undefined;
  /** Names the call among the browser's windows: joining it in one makes the others leave it. */
  readonly callKey?: string;
  /** Set while the window has not opened; when it goes, a guest who asked to is joined by itself. */
  readonly early?: EarlyArrival | undefined;
  /** The note staff left for those waiting ("Running 10 minutes late"), shown until the call starts. */
  readonly lobbyMessage?: LobbyNote | undefined;
}

/** A note from staff to the guests waiting for the call. */
export interface LobbyNote {
  readonly text: string;
  readonly from: string;
  /** ISO 8601 instant. */
  readonly sentAt: string;
}

const announcements: Partial<Record<CallPhase, 'announceLobby' | 'announceAdmitted' | 'announceLeft'>> = {
  'in-lobby': 'announceLobby',
  connected: 'announceAdmitted',
  left: 'announceLeft',
};

/**
 * The whole guest call, phase by phase: device check → lobby → call → how it ended, with a rejoin.
 * The driver loads in the background from the first render, while the person checks devices.
 */
export function CallExperience({
  session,
  organiserName,
  buildJoinRequest,
  isOrganiser = false,
  sendFeedback,
  early,
  callKey,
  dialIn,
  lobbyMessage,
}: CallExperienceProps) {
  const t = useTranslations('call');
  const format = useFormatter();
  const describeError = useErrorMessage();
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const [devices, setDevices] = useState<CallDevices | undefined>(undefined);
  const [support, setSupport] = useState<BrowserSupport | undefined>(undefined);
  const lastChoice = useRef<DeviceChoice | undefined>(undefined);
  const [pinnedId, setPinnedId] = useState<string | undefined>(undefined);
  const [joinWhenOpen, setJoinWhenOpen] = useState<DeviceChoice | undefined>(undefined);
  const [cameEarly] = useState(early !== undefined);
  const inCall = state.phase === 'in-lobby' || state.phase === 'connected' || state.phase === 'reconnecting';

  useEffect(() => {
    let active = true;
    void session.devices().then((loaded) => active && setDevices(loaded));
    void session.browserSupport().then((answer) => active && setSupport(answer));
    const stop = session.hangUpOnPageHide(window);
    return () => {
      active = false;
      stop();
    };
  }, [session]);

  useConfirmLeaving(inCall);
  const otherWindows = useRef<OneCallWindow | undefined>(undefined);
  useEffect(() => {
    if (callKey === undefined) return undefined;
    const windows = oneCallWindow(
      callKey,
      () => {
        if (isActivePhase(session.getSnapshot().phase)) void session.leave('joined-elsewhere');
      },
      globalThis.BroadcastChannel,
    );
    otherWindows.current = windows;
    return () => windows.stop();
  }, [callKey, session]);
  useEffect(() => (inCall ? keepScreenAwake(navigator.wakeLock, document) : undefined), [inCall]);

  const actions = useMemo<CallStageActions>(
    () => ({
      setMuted: (muted) => void session.setMuted(muted),
      setCameraOn: (on) => void session.setCameraOn(on),
      setScreenShare: (on) => void (on ? session.startScreenShare() : session.stopScreenShare()),
      setHandRaised: (raised) => void session.setHandRaised(raised),
      setCaptions: (on, spokenLanguage) => void session.setCaptions(on, spokenLanguage),
      setSpokenLanguage: (language) => void session.setSpokenLanguage(language),
      setCaptionLanguage: (language) => void session.setCaptionLanguage(language),
      setBackground: (background) => void session.setBackground(background),
      setNoiseSuppression: (on) => void session.setNoiseSuppression(on),
      react: (kind) => void session.react(kind),
      grantConsent: () => void session.grantConsent(),
      admit: (participantId) => void session.admit(participantId),
      sendChat: (text) => void session.sendChat(text),
      sendTyping: () => session.sendTyping(),
      switchDevice: (kind, id) =>
        void (kind === 'cameraId'
          ? session.switchCamera(id)
          : kind === 'microphoneId'
            ? session.switchMicrophone(id)
            : session.switchSpeaker(id)),
      leave: () => void session.leave(),
    }),
    [session],
  );
  const announcementKey = announcements[state.phase];
  const announcement = announcementKey
    ? t(announcementKey, { organiser: organiserName })
    : cameEarly && !early && state.phase === 'checking-devices'
      ? t('announceWindowOpen')
      : '';

  const join = (choice: DeviceChoice) => {
    lastChoice.current = choice;
    otherWindows.current?.announceJoin();
    void session.join(() => buildJoinRequest(choice));
  };
  const joinNowOrWhenOpen = (choice: DeviceChoice) => (early ? setJoinWhenOpen(choice) : join(choice));

  // The page renders afresh when the window opens; a guest who asked is then joined by itself.
  const joinedWhenOpen = useRef<DeviceChoice | undefined>(undefined);
  useEffect(() => {
    if (early || !joinWhenOpen || joinedWhenOpen.current === joinWhenOpen) return;
    joinedWhenOpen.current = joinWhenOpen;
    lastChoice.current = joinWhenOpen;
    otherWindows.current?.announceJoin();
    void session.join(() => buildJoinRequest(joinWhenOpen));
  }, [early, joinWhenOpen, session, buildJoinRequest]);
  const problem = state.error ? describeError(state.error) : undefined;
  const joinedElsewhere = state.error?.code === 'call.joined-elsewhere';

  return (
    <div data-call-phase={state.phase}>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {lobbyMessage &&
        (state.phase === 'checking-devices' || state.phase === 'joining' || state.phase === 'in-lobby') && (
          <MessageBar intent="info" data-testid="lobby-message" aria-live="polite">
            <MessageBarBody>
              <MessageBarTitle>
                {t('lobbyMessageFrom', {
                  name: lobbyMessage.from,
                  time: format.dateTime(new Date(lobbyMessage.sentAt), { timeStyle: 'short' }),
                })}
              </MessageBarTitle>
              {lobbyMessage.text}
            </MessageBarBody>
          </MessageBar>
        )}
      {(state.phase === 'checking-devices' || state.phase === 'joining') && (
        <DeviceCheck
          onJoin={joinNowOrWhenOpen}
          joining={state.phase === 'joining'}
          devices={devices}
          early={early}
          dialIn={dialIn}
          support={support}
          waitingToJoin={early !== undefined && joinWhenOpen !== undefined}
          onStopWaiting={() => setJoinWhenOpen(undefined)}
        />
      )}
      {state.phase === 'in-lobby' && (
        <section aria-labelledby="lobby-title" data-testid="lobby">
          <h2 id="lobby-title">{t('lobbyTitle')}</h2>
          <Spinner labelPosition="after" label={t('lobbyWaiting', { organiser: organiserName })} />
          <p>{t('lobbyHint')}</p>
          <Button onClick={() => void session.leave()}>{t('leave')}</Button>
        </section>
      )}
      {(state.phase === 'connected' || state.phase === 'reconnecting') && (
        <CallStage
          view={callStageView(state, pinnedId === undefined ? {} : { pinnedId })}
          actions={actions}
          devices={devices}
          isOrganiser={isOrganiser}
          dialIn={dialIn}
          pinnedId={pinnedId}
          onPin={setPinnedId}
        />
      )}
      {(state.phase === 'left' ||
        state.phase === 'removed' ||
        state.phase === 'refused' ||
        state.phase === 'ended') && (
        <section aria-labelledby="outcome-title" data-testid="call-outcome">
          <MessageBar intent={state.phase === 'left' ? 'info' : 'error'} role="alert">
            <MessageBarBody>
              <MessageBarTitle id="outcome-title">{problem ? problem.title : t('leftTitle')}</MessageBarTitle>
              {problem ? problem.detail : t('leftDetail')}
            </MessageBarBody>
          </MessageBar>
          <p>
            <Button appearance="primary" onClick={() => join(lastChoice.current ?? { cameraOn: true, muted: false })}>
              {joinedElsewhere ? t('continueHere') : t('rejoin')}
            </Button>
          </p>
          {/* A call that goes on in another window is not over: no survey, no closed chat. */}
          {!joinedElsewhere && sendFeedback && (state.phase === 'left' || state.phase === 'ended') && (
            <CallFeedbackForm onSend={sendFeedback} />
          )}
          {!joinedElsewhere && state.phase !== 'refused' && <ChatPanel chat={state.chat} onSend={() => undefined} />}
        </section>
      )}
    </div>
  );
}
