'use client';

import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { reactionKinds, type ReactionKind } from '@portico/domain';
import type { CallDevices, CallStageView, Owner } from '@portico/call-client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ChatPanel } from './chat-panel';
import { DeviceSettingsPanel } from './device-settings-panel';
import { useErrorMessage } from './use-error-message';
import { VideoTile } from './video-tile';

const useStyles = makeStyles({
  stage: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 60rem)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(16rem, 1fr)' },
  },
  videos: {
    display: 'grid',
    gap: tokens.spacingHorizontalS,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
  },
  screen: { gridColumn: '1 / -1' },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Why the microphone or camera cannot be turned on, by the meeting's media permission. */
const heldReason = {
  'needs-consent': { microphone: 'microphoneNeedsConsent', camera: 'cameraNeedsConsent' },
  'blocked-by-organiser': { microphone: 'microphoneBlocked', camera: 'cameraBlocked' },
} as const;

const noticeText = {
  recording: 'recordingNotice',
  transcribing: 'transcribingNotice',
  recordingAndTranscribing: 'recordingAndTranscribingNotice',
} as const;

const reactionEmoji = { like: '👍', heart: '❤️', applause: '👏', laugh: '😆', surprised: '😮' } as const;

/** What the person can do from the stage; the call session answers each. */
export interface CallStageActions {
  setMuted(muted: boolean): void;
  setCameraOn(on: boolean): void;
  setScreenShare(on: boolean): void;
  setHandRaised(raised: boolean): void;
  react(kind: ReactionKind): void;
  grantConsent(): void;
  admit(participantId: string): void;
  sendChat(text: string): void;
  switchDevice(kind: 'cameraId' | 'microphoneId' | 'speakerId', id: string): void;
  leave(): void;
}

export interface CallStageProps {
  /** What to show, from the client library's `callStageView`. */
  readonly view: CallStageView;
  readonly actions: CallStageActions;
  /** The person's devices through the driver, for switching during the call. */
  readonly devices: CallDevices | undefined;
  /** Organisers (local mode) see the lobby and admit from it. */
  readonly isOrganiser: boolean;
}

/**
 * The call: everyone's video and shared screens, the person's own controls, who is in the call,
 * the recording notice, and the chat. Raise hand and reactions appear only when the meeting's
 * capabilities allow them. It renders plain view props, so it can be rendered and tested alone.
 */
export function CallStage({ view, actions, devices, isOrganiser }: CallStageProps) {
  const t = useTranslations('call');
  const describeError = useErrorMessage();
  const styles = useStyles();
  const nameOf = (owner: Owner) => (owner.self ? t('you') : owner.name);
  const refused = view.refusedAction ? describeError(view.refusedAction) : undefined;
  const microphoneHeld = view.microphone.held ? heldReason[view.microphone.held].microphone : undefined;
  const cameraHeld = view.camera.held ? heldReason[view.camera.held].camera : undefined;
  const [deviceSettingsOpen, setDeviceSettingsOpen] = useState(false);

  return (
    <section aria-label={t('youAreIn')}>
      {view.notice && (
        <MessageBar intent="warning" role="alert" data-testid="recording-notice">
          <MessageBarBody>
            <MessageBarTitle>{t(noticeText[view.notice])}</MessageBarTitle>
            {t('noticeDetail')}
          </MessageBarBody>
        </MessageBar>
      )}
      {view.reconnecting && (
        <MessageBar intent="warning" role="status" data-testid="reconnecting">
          <MessageBarBody>{t('reconnecting')}</MessageBarBody>
        </MessageBar>
      )}
      {view.consentRequired && (
        <MessageBar intent="warning" role="alert" data-testid="consent-request">
          <MessageBarBody>
            <MessageBarTitle>{t('consentTitle')}</MessageBarTitle>
            {t('consentDetail')}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => actions.grantConsent()}>
              {t('consentAgree')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {view.mutedByOrganiser && (
        <MessageBar intent="info" role="status" data-testid="muted-by-organiser">
          <MessageBarBody>{t('mutedByOrganiser')}</MessageBarBody>
        </MessageBar>
      )}
      {refused && (
        <MessageBar intent="error" role="alert" data-testid="refused-action">
          <MessageBarBody>
            <MessageBarTitle>{refused.title}</MessageBarTitle>
            {refused.detail}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.stage}>
        <div>
          <div className={styles.videos}>
            {view.screens.map(({ view: video, owner }) => (
              <div key={video.id} className={styles.screen}>
                <VideoTile view={video} label={owner.self ? t('yourScreen') : t('screenOf', { name: owner.name })} />
              </div>
            ))}
            {view.cameras.map(({ view: video, owner }) => (
              <VideoTile
                key={video.id}
                view={video}
                label={owner.self ? t('yourVideo') : t('videoOf', { name: owner.name })}
              />
            ))}
          </div>
          {view.alone && <p>{t('nobodyElse')}</p>}
          {/* A plain group: Fluent's Toolbar adds focus-trap elements that screen readers trip over. */}
          <div role="group" aria-label={t('callControls')} className={styles.controls}>
            <ToggleButton
              checked={!view.microphone.on}
              disabledFocusable={microphoneHeld !== undefined}
              aria-describedby={microphoneHeld ? 'microphone-held' : undefined}
              onClick={() => actions.setMuted(view.microphone.on)}
            >
              {view.microphone.on ? t('mute') : t('unmute')}
            </ToggleButton>
            <ToggleButton
              checked={!view.camera.on}
              disabledFocusable={cameraHeld !== undefined}
              aria-describedby={cameraHeld ? 'camera-held' : undefined}
              onClick={() => actions.setCameraOn(!view.camera.on)}
            >
              {view.camera.on ? t('cameraOff') : t('cameraOn')}
            </ToggleButton>
            {view.screenShare && (
              <ToggleButton checked={view.screenShare.on} onClick={() => actions.setScreenShare(!view.screenShare?.on)}>
                {view.screenShare.on ? t('stopSharing') : t('shareScreen')}
              </ToggleButton>
            )}
            {view.hand && (
              <ToggleButton checked={view.hand.raised} onClick={() => actions.setHandRaised(!view.hand?.raised)}>
                {view.hand.raised ? t('lowerHand') : t('raiseHand')}
              </ToggleButton>
            )}
            {view.reactionsAllowed && (
              <Menu>
                <MenuTrigger disableButtonEnhancement>
                  <Button>{t('react')}</Button>
                </MenuTrigger>
                <MenuPopover>
                  <MenuList>
                    {reactionKinds.map((kind) => (
                      <MenuItem key={kind} onClick={() => actions.react(kind)}>
                        {reactionEmoji[kind]} {t(`reactions.${kind}`)}
                      </MenuItem>
                    ))}
                  </MenuList>
                </MenuPopover>
              </Menu>
            )}
            {devices && (
              <Button
                aria-expanded={deviceSettingsOpen}
                aria-controls="device-settings"
                onClick={() => setDeviceSettingsOpen((open) => !open)}
              >
                {t('deviceSettings')}
              </Button>
            )}
            <Button appearance="primary" onClick={() => actions.leave()}>
              {t('leave')}
            </Button>
          </div>
          {microphoneHeld && (
            <p id="microphone-held" data-testid="microphone-held">
              {t(microphoneHeld)}
            </p>
          )}
          {cameraHeld && (
            <p id="camera-held" data-testid="camera-held">
              {t(cameraHeld)}
            </p>
          )}
          <ul aria-live="polite" className={styles.list}>
            {view.reactions.map((reaction) => (
              <li key={reaction.id}>
                {reactionEmoji[reaction.kind]}{' '}
                {t('reaction', { name: nameOf(reaction.owner), reaction: t(`reactions.${reaction.kind}`) })}
              </li>
            ))}
          </ul>
        </div>
        <div className={styles.side}>
          {devices && deviceSettingsOpen && (
            <DeviceSettingsPanel
              id="device-settings"
              devices={devices}
              inUse={view.devicesInUse}
              onSwitch={(kind, id) => actions.switchDevice(kind, id)}
              onClose={() => setDeviceSettingsOpen(false)}
            />
          )}
          {isOrganiser && (
            <section aria-labelledby="lobby-panel-title" data-testid="lobby-panel">
              <h2 id="lobby-panel-title">{t('lobbyPanelTitle', { count: view.lobby.length })}</h2>
              <ul className={styles.list} aria-live="polite">
                {view.lobby.map((guest) => (
                  <li key={guest.id}>
                    {guest.displayName}{' '}
                    <Button size="small" appearance="primary" onClick={() => actions.admit(guest.id)}>
                      {t('admit', { name: guest.displayName })}
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="participants-title">
            <h2 id="participants-title">{t('participants', { count: view.participants.length })}</h2>
            <ul className={styles.list} data-testid="participants">
              {view.participants.map((p) => (
                <li key={p.id}>
                  {p.isSelf ? t('youSuffix', { name: p.name }) : p.name}
                  {[p.isOrganiser && t('organiserLabel'), p.muted && t('mutedLabel'), p.handRaised && t('handRaised')]
                    .filter(Boolean)
                    .map((label) => ` · ${label}`)
                    .join('')}
                </li>
              ))}
            </ul>
          </section>
          <ChatPanel chat={view.chat} onSend={(text) => actions.sendChat(text)} />
        </div>
      </div>
    </section>
  );
}
