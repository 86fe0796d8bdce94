'use client';

import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { CallDevices, CallStageView, Owner, ParticipantTile } from '@portico/call-client';
import type { DialIn } from '@portico/domain';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useBrandThemes } from '../brand-context';
import type { CallStageActions } from './call-stage-actions';
import { ChatPanel } from './chat-panel';
import { ControlBar, type StagePanel as Panel } from './control-bar';
import { DeviceSettings } from './device-settings';
import { LiveCaptions, preferredSpokenLanguage } from './live-captions';
import { ParticipantTileView } from './participant-tile';
import { PeoplePanel } from './people-panel';
import { reactionEmoji } from './reaction-emoji';
import { DialInHelp } from './dial-in-help';
import { NetworkIndicator } from './network-indicator';
import { SelfView } from './self-view';
import { StagePanel } from './stage-panel';
import { useErrorMessage } from './use-error-message';
import { useInertOutside } from './use-inert-outside';
import { useUnreadCount } from './use-unread-count';
import { VideoSurface } from './video-surface';

const useStyles = makeStyles({
  layer: {
    position: 'fixed',
    inset: 0,
    zIndex: 1000,
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr) auto',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  notices: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    maxHeight: '40vh',
    overflowY: 'auto',
  },
  main: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    minHeight: 0,
    position: 'relative',
  },
  withPanel: { '@media (min-width: 48rem)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(18rem, 24rem)' } },
  stage: {
    position: 'relative',
    minHeight: 0,
    display: 'grid',
    gridTemplateRows: 'minmax(0, 1fr) auto',
    gap: tokens.spacingVerticalS,
  },
  gallery: {
    display: 'grid',
    gap: tokens.spacingHorizontalS,
    minHeight: 0,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
    gridAutoRows: 'minmax(0, 1fr)',
  },
  strip: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    overflowX: 'auto',
    height: '7.5rem',
    '@media (max-width: 40rem)': { height: '5.5rem' },
    '& > *': { flex: '0 0 auto', width: 'auto', aspectRatio: '16 / 9' },
  },
  screen: {
    position: 'relative',
    margin: 0,
    minHeight: 0,
    borderRadius: tokens.borderRadiusXLarge,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  caption: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    top: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBackgroundOverlay,
    color: tokens.colorNeutralForegroundStaticInverted,
  },
  alone: { display: 'grid', placeItems: 'center', textAlign: 'center', fontSize: tokens.fontSizeBase500 },
  reactions: {
    position: 'absolute',
    left: tokens.spacingHorizontalM,
    bottom: tokens.spacingVerticalM,
    zIndex: 2,
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    pointerEvents: 'none',
  },
  reaction: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBackgroundOverlay,
    color: tokens.colorNeutralForegroundStaticInverted,
    // A reaction shows for a few seconds, then fades, as in Teams.
    animationName: { '0%': { opacity: 0 }, '10%': { opacity: 1 }, '80%': { opacity: 1 }, '100%': { opacity: 0 } },
    animationDuration: '5s',
    animationFillMode: 'forwards',
    '@media (prefers-reduced-motion: reduce)': { animationName: { '0%': { opacity: 1 }, '100%': { opacity: 0 } } },
  },
  held: { margin: 0, fontSize: tokens.fontSizeBase200 },
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

export type { CallStageActions } from './call-stage-actions';

export interface CallStageProps {
  /** What to show, from the client library's `callStageView`. */
  readonly view: CallStageView;
  readonly actions: CallStageActions;
  /** The person's devices through the driver, for switching during the call. */
  readonly devices: CallDevices | undefined;
  /** Organisers (local mode) see the lobby and admit from it. */
  readonly isOrganiser: boolean;
  /** How to join the audio by phone, offered when the microphone fails. */
  readonly dialIn?: DialIn | undefined;
  /** The participant pinned to the stage, which the caller keeps (it feeds `callStageView`). */
  readonly pinnedId: string | undefined;
  readonly onPin: (participantId: string | undefined) => void;
}

/**
 * The call, filling the window: the other person big (a gallery for three or more, a shared screen
 * when there is one), the person's own video in a corner, the notices the meeting requires, and one
 * control bar; people, chat and devices open as a side panel (a sheet on a phone). It renders plain
 * view props, so it can be rendered and tested alone.
 */
export function CallStage({ view, actions, devices, isOrganiser, dialIn, pinnedId, onPin }: CallStageProps) {
  const t = useTranslations('call');
  const styles = useStyles();
  const themes = useBrandThemes();
  const describeError = useErrorMessage();
  const locale = useLocale();
  const [panel, setPanel] = useState<Panel | undefined>(undefined);
  const layer = useInertOutside<HTMLDivElement>();
  const unread = useUnreadCount(view.chat, panel === 'chat');
  const refused = view.refusedAction ? describeError(view.refusedAction) : undefined;
  const microphoneHeld = view.microphone.held ? heldReason[view.microphone.held].microphone : undefined;
  const cameraHeld = view.camera.held ? heldReason[view.camera.held].camera : undefined;
  const nameOf = (owner: Owner) => (owner.self ? t('you') : owner.name);
  const togglePanel = (next: Panel) => setPanel((open) => (open === next ? undefined : next));
  const tile = (participant: ParticipantTile, size: 'large' | 'small') => (
    <ParticipantTileView
      key={participant.id}
      tile={participant}
      size={size}
      pin={{
        pinned: pinnedId === participant.id,
        toggle: () => onPin(pinnedId === participant.id ? undefined : participant.id),
      }}
    />
  );
  const strip = (tiles: readonly ParticipantTile[]) =>
    tiles.length > 0 && <div className={styles.strip}>{tiles.map((participant) => tile(participant, 'small'))}</div>;
  const { layout } = view;
  const panelTitle = { people: t('people'), chat: t('chatTitle'), devices: t('deviceSettings') };

  return (
    <FluentProvider theme={themes.dark}>
      {/* Layout stays off the provider: Fluent gives a provider's classes to its portals too. */}
      <div ref={layer} className={styles.layer}>
        <div className={styles.notices}>
          <h2 className="visually-hidden">{t('youAreIn')}</h2>
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
          {!view.reconnecting && view.network !== 'good' && (
            <MessageBar intent="warning" role="status" data-testid="weak-network">
              <MessageBarBody>
                <MessageBarTitle>{t(view.network === 'bad' ? 'networkBad' : 'networkPoor')}</MessageBarTitle>
                {t(view.camera.on ? 'weakNetworkCameraOn' : 'weakNetwork')}
              </MessageBarBody>
              {view.camera.on && (
                <MessageBarActions>
                  <Button onClick={() => actions.setCameraOn(false)}>{t('turnCameraOff')}</Button>
                </MessageBarActions>
              )}
            </MessageBar>
          )}
          {view.microphoneFailing && (
            <MessageBar intent="warning" role="alert" data-testid="microphone-failing">
              <MessageBarBody>
                <MessageBarTitle>{t('microphoneFailingTitle')}</MessageBarTitle>
                {t('microphoneFailing')}
                {dialIn && <DialInHelp dialIn={dialIn} />}
              </MessageBarBody>
              {devices && (
                <MessageBarActions>
                  <Button onClick={() => setPanel('devices')}>{t('deviceSettings')}</Button>
                </MessageBarActions>
              )}
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
          {view.sharingOwnScreen && (
            <MessageBar intent="info" data-testid="sharing-own-screen">
              <MessageBarBody>{t('sharingYourScreen')}</MessageBarBody>
            </MessageBar>
          )}
          {isOrganiser && panel !== 'people' && view.lobby.length > 0 && (
            <MessageBar intent="info" data-testid="lobby-banner">
              <MessageBarBody>
                {view.lobby.map((guest) => t('announceWaiting', { name: guest.displayName })).join(' ')}
              </MessageBarBody>
              <MessageBarActions>
                {view.lobby.map((guest) => (
                  <Button key={guest.id} appearance="primary" onClick={() => actions.admit(guest.id)}>
                    {t('admit', { name: guest.displayName })}
                  </Button>
                ))}
              </MessageBarActions>
            </MessageBar>
          )}
          {microphoneHeld && (
            <p id="microphone-held" className={styles.held} data-testid="microphone-held">
              {t(microphoneHeld)}
            </p>
          )}
          {cameraHeld && (
            <p id="camera-held" className={styles.held} data-testid="camera-held">
              {t(cameraHeld)}
            </p>
          )}
        </div>
        <div className={mergeClasses(styles.main, panel && styles.withPanel)}>
          <div className={styles.stage} data-layout={layout.kind} data-testid="stage">
            {layout.kind === 'alone' && <p className={styles.alone}>{t('nobodyElse')}</p>}
            {layout.kind === 'speaker' && (
              <>
                {tile(layout.main, 'large')}
                {strip(layout.strip)}
              </>
            )}
            {layout.kind === 'gallery' && (
              <div className={styles.gallery}>{layout.tiles.map((participant) => tile(participant, 'large'))}</div>
            )}
            {layout.kind === 'screen' && (
              <>
                <figure
                  className={styles.screen}
                  aria-label={t('screenOf', { name: nameOf(layout.sharer) })}
                  data-video-kind="screen"
                >
                  <VideoSurface view={layout.screen} />
                  <figcaption className={styles.caption} aria-hidden>
                    {t('screenOf', { name: nameOf(layout.sharer) })}
                  </figcaption>
                </figure>
                {strip(layout.strip)}
              </>
            )}
            <NetworkIndicator quality={view.network} />
            {view.self && <SelfView tile={view.self} />}
            {view.captions.active && (
              <LiveCaptions
                captions={view.captions}
                onSpokenLanguage={(language) => actions.setSpokenLanguage(language)}
                onCaptionLanguage={(language) => actions.setCaptionLanguage(language)}
              />
            )}
            <ul aria-live="polite" className={styles.reactions}>
              {view.reactions.map((reaction) => (
                <li key={reaction.id} className={styles.reaction}>
                  {reactionEmoji[reaction.kind]}{' '}
                  {t('reaction', { name: nameOf(reaction.owner), reaction: t(`reactions.${reaction.kind}`) })}
                </li>
              ))}
            </ul>
          </div>
          {panel && (
            <StagePanel title={panelTitle[panel]} onClose={() => setPanel(undefined)}>
              {panel === 'people' && (
                <PeoplePanel view={view} isOrganiser={isOrganiser} onAdmit={(id) => actions.admit(id)} />
              )}
              {panel === 'chat' && (
                <ChatPanel
                  chat={view.chat}
                  onSend={(text) => actions.sendChat(text)}
                  embedded
                  historyNotKept={view.chatHistoryNotKept}
                  typing={view.typing}
                  onTyping={() => actions.sendTyping()}
                />
              )}
              {panel === 'devices' && devices && (
                <DeviceSettings
                  devices={devices}
                  inUse={view.devicesInUse}
                  onSwitch={(kind, id) => actions.switchDevice(kind, id)}
                  effects={view.effects}
                  onBackground={(background) => actions.setBackground(background)}
                  onNoiseSuppression={(on) => actions.setNoiseSuppression(on)}
                />
              )}
            </StagePanel>
          )}
        </div>
        <ControlBar
          view={view}
          actions={actions}
          panel={panel}
          onPanel={togglePanel}
          unreadMessages={unread}
          devicesAvailable={devices !== undefined}
          {...(view.captions.available
            ? {
                onCaptions: () =>
                  actions.setCaptions(
                    !view.captions.active,
                    preferredSpokenLanguage(locale, view.captions.spokenLanguages),
                  ),
              }
            : {})}
        />
      </div>
    </FluentProvider>
  );
}
