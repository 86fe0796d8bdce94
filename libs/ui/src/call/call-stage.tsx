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
import { errorMessage, isLocale, reactionKinds } from '@portico/domain';
import type { CallSession, CallSessionState } from '@portico/call-client';
import { useLocale, useTranslations } from 'next-intl';
import { ChatPanel } from './chat-panel';
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
  allowed: undefined,
  'needs-consent': { microphone: 'microphoneNeedsConsent', camera: 'cameraNeedsConsent' },
  'blocked-by-organiser': { microphone: 'microphoneBlocked', camera: 'cameraBlocked' },
} as const;

const reactionEmoji = { like: '👍', heart: '❤️', applause: '👏', laugh: '😆', surprised: '😮' } as const;

export interface CallStageProps {
  readonly session: CallSession;
  readonly state: CallSessionState;
  /** Organisers (local mode) see the lobby and admit from it. */
  readonly isOrganiser: boolean;
}

/**
 * The call: everyone's video and shared screens, the person's own controls, who is in the call,
 * the recording notice, and the chat. Raise hand and reactions appear only when the meeting's
 * capabilities allow them.
 */
export function CallStage({ session, state, isOrganiser }: CallStageProps) {
  const t = useTranslations('call');
  const styles = useStyles();
  const nameOf = (participantId: string) => {
    const participant = state.participants.find((p) => p.id === participantId);
    return participantId === 'local' || participant?.isSelf ? t('you') : (participant?.displayName ?? '');
  };
  const screens = state.videos.filter((v) => v.kind === 'screen');
  const cameras = state.videos.filter((v) => v.kind === 'camera');
  const { capabilities, local, notices } = state;
  const locale = useLocale();
  const refused = state.refusedAction ? errorMessage(state.refusedAction, isLocale(locale) ? locale : 'en') : undefined;
  const microphoneHeld = heldReason[capabilities.microphone]?.microphone;
  const cameraHeld = heldReason[capabilities.camera]?.camera;
  const noticeKey =
    notices.recording && notices.transcribing
      ? 'recordingAndTranscribingNotice'
      : notices.recording
        ? 'recordingNotice'
        : notices.transcribing
          ? 'transcribingNotice'
          : undefined;

  return (
    <section aria-label={t('youAreIn')}>
      {noticeKey && (
        <MessageBar intent="warning" role="alert" data-testid="recording-notice">
          <MessageBarBody>
            <MessageBarTitle>{t(noticeKey)}</MessageBarTitle>
            {t('noticeDetail')}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'reconnecting' && (
        <MessageBar intent="warning" role="status" data-testid="reconnecting">
          <MessageBarBody>{t('reconnecting')}</MessageBarBody>
        </MessageBar>
      )}
      {notices.consentRequired && (
        <MessageBar intent="warning" role="alert" data-testid="consent-request">
          <MessageBarBody>
            <MessageBarTitle>{t('consentTitle')}</MessageBarTitle>
            {t('consentDetail')}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void session.grantConsent()}>
              {t('consentAgree')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notices.mutedByOrganiser && (
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
            {screens.map((view) => (
              <div key={view.id} className={styles.screen}>
                <VideoTile
                  view={view}
                  label={
                    view.participantId === 'local'
                      ? t('yourScreen')
                      : t('screenOf', { name: nameOf(view.participantId) })
                  }
                />
              </div>
            ))}
            {cameras.map((view) => (
              <VideoTile
                key={view.id}
                view={view}
                label={
                  view.participantId === 'local' ? t('yourVideo') : t('videoOf', { name: nameOf(view.participantId) })
                }
              />
            ))}
          </div>
          {state.participants.filter((p) => !p.isSelf).length === 0 && <p>{t('nobodyElse')}</p>}
          {/* A plain group: Fluent's Toolbar adds focus-trap elements that screen readers trip over. */}
          <div role="group" aria-label={t('callControls')} className={styles.controls}>
            <ToggleButton
              checked={local.muted}
              disabledFocusable={local.muted && microphoneHeld !== undefined}
              aria-describedby={local.muted && microphoneHeld ? 'microphone-held' : undefined}
              onClick={() => void session.setMuted(!local.muted)}
            >
              {local.muted ? t('unmute') : t('mute')}
            </ToggleButton>
            <ToggleButton
              checked={!local.cameraOn}
              disabledFocusable={!local.cameraOn && cameraHeld !== undefined}
              aria-describedby={!local.cameraOn && cameraHeld ? 'camera-held' : undefined}
              onClick={() => void session.setCameraOn(!local.cameraOn)}
            >
              {local.cameraOn ? t('cameraOff') : t('cameraOn')}
            </ToggleButton>
            {capabilities.shareScreen && (
              <ToggleButton
                checked={local.sharingScreen}
                onClick={() =>
                  void (local.sharingScreen ? session.stopScreenShare() : session.startScreenShare())?.catch(
                    () => undefined,
                  )
                }
              >
                {local.sharingScreen ? t('stopSharing') : t('shareScreen')}
              </ToggleButton>
            )}
            {capabilities.raiseHand && (
              <ToggleButton checked={local.handRaised} onClick={() => void session.setHandRaised(!local.handRaised)}>
                {local.handRaised ? t('lowerHand') : t('raiseHand')}
              </ToggleButton>
            )}
            {capabilities.reactions && (
              <Menu>
                <MenuTrigger disableButtonEnhancement>
                  <Button>{t('react')}</Button>
                </MenuTrigger>
                <MenuPopover>
                  <MenuList>
                    {reactionKinds.map((kind) => (
                      <MenuItem key={kind} onClick={() => void session.react(kind)}>
                        {reactionEmoji[kind]} {t(`reactions.${kind}`)}
                      </MenuItem>
                    ))}
                  </MenuList>
                </MenuPopover>
              </Menu>
            )}
            <Button appearance="primary" onClick={() => void session.leave()}>
              {t('leave')}
            </Button>
          </div>
          {local.muted && microphoneHeld && (
            <p id="microphone-held" data-testid="microphone-held">
              {t(microphoneHeld)}
            </p>
          )}
          {!local.cameraOn && cameraHeld && (
            <p id="camera-held" data-testid="camera-held">
              {t(cameraHeld)}
            </p>
          )}
          <ul aria-live="polite" className={styles.list}>
            {state.reactions.map((reaction) => (
              <li key={reaction.id}>
                {reactionEmoji[reaction.kind]}{' '}
                {t('reaction', {
                  name: nameOf(reaction.participantId) || t('you'),
                  reaction: t(`reactions.${reaction.kind}`),
                })}
              </li>
            ))}
          </ul>
        </div>
        <div className={styles.side}>
          {isOrganiser && (
            <section aria-labelledby="lobby-panel-title" data-testid="lobby-panel">
              <h2 id="lobby-panel-title">{t('lobbyPanelTitle', { count: state.lobby.length })}</h2>
              <ul className={styles.list} aria-live="polite">
                {state.lobby.map((guest) => (
                  <li key={guest.id}>
                    {guest.displayName}{' '}
                    <Button size="small" appearance="primary" onClick={() => void session.admit(guest.id)}>
                      {t('admit', { name: guest.displayName })}
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="participants-title">
            <h2 id="participants-title">{t('participants', { count: state.participants.length })}</h2>
            <ul className={styles.list} data-testid="participants">
              {state.participants.map((p) => (
                <li key={p.id}>
                  {p.isSelf ? t('youSuffix', { name: p.displayName }) : p.displayName}
                  {[p.isOrganiser && t('organiserLabel'), p.muted && t('mutedLabel'), p.handRaised && t('handRaised')]
                    .filter(Boolean)
                    .map((label) => ` · ${label}`)
                    .join('')}
                </li>
              ))}
            </ul>
          </section>
          <ChatPanel chat={state.chat} onSend={(text) => void session.sendChat(text)} />
        </div>
      </div>
    </section>
  );
}
