'use client';

import {
  Button,
  CounterBadge,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  ToggleButton,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  CallEnd24Regular,
  ClosedCaption24Regular,
  Chat24Regular,
  Emoji24Regular,
  HandRight24Regular,
  Mic24Regular,
  MicOff24Regular,
  MoreHorizontal24Regular,
  People24Regular,
  Settings24Regular,
  ShareScreenStart24Regular,
  ShareScreenStop24Regular,
  Video24Regular,
  VideoOff24Regular,
} from '@fluentui/react-icons';
import { reactionKinds } from '@portico/domain';
import type { CallStageView } from '@portico/call-client';
import { useTranslations } from 'next-intl';
import { useEffect, useSyncExternalStore, type ReactElement } from 'react';
import type { CallStageActions } from './call-stage-actions';
import { reactionEmoji } from './reaction-emoji';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    // One row on a 390 px phone even with all nine controls: tighter, with 40 px targets (WCAG 2.2
    // asks for 24). Phone browsers that cannot share a screen have eight, which fit at 360 px.
    '@media (max-width: 30rem)': {
      gap: tokens.spacingHorizontalXXS,
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    },
  },
  // Touch targets of 44 px, larger than WCAG 2.2's 24 px minimum.
  control: {
    minWidth: '44px',
    minHeight: '44px',
    '@media (max-width: 30rem)': { minWidth: '40px', minHeight: '40px' },
  },
  badged: { position: 'relative' },
  badge: { position: 'absolute', top: '-4px', right: '-4px', pointerEvents: 'none' },
  leave: {
    minWidth: '44px',
    minHeight: '44px',
    '@media (max-width: 30rem)': { minWidth: '40px', minHeight: '40px' },
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
  },
});

/** The side panels the bar opens; one at a time. */
export type StagePanel = 'people' | 'chat' | 'devices';

/** Teams' own shortcuts in the browser, so people who know Teams keep their habits. */
const shortcuts = {
  mute: { keys: 'Ctrl+Shift+M', key: 'm' },
  camera: { keys: 'Ctrl+Shift+O', key: 'o' },
  share: { keys: 'Ctrl+Shift+E', key: 'e' },
  hand: { keys: 'Ctrl+Shift+K', key: 'k' },
} as const;

export interface ControlBarProps {
  readonly view: CallStageView;
  readonly actions: CallStageActions;
  readonly panel: StagePanel | undefined;
  readonly onPanel: (panel: StagePanel) => void;
  readonly unreadMessages: number;
  readonly devicesAvailable: boolean;
  /** Turns the live captions on or off; absent when the meeting has none. */
  readonly onCaptions?: () => void;
}

/**
 * The one control bar: microphone, camera, share, hand, reactions, people, chat, more, leave. Icon
 * buttons whose tooltip is their name (with the shortcut), and a held control says why in its label.
 */
export function ControlBar({
  view,
  actions,
  panel,
  onPanel,
  unreadMessages,
  devicesAvailable,
  onCaptions,
}: ControlBarProps) {
  const t = useTranslations('call');
  const styles = useStyles();
  const microphoneHeld = view.microphone.held !== undefined;
  const canShare = useCanShareScreen();
  const cameraHeld = view.camera.held !== undefined;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === shortcuts.mute.key && !microphoneHeld) actions.setMuted(view.microphone.on);
      else if (key === shortcuts.camera.key && !cameraHeld) actions.setCameraOn(!view.camera.on);
      else if (key === shortcuts.share.key && view.screenShare) actions.setScreenShare(!view.screenShare.on);
      else if (key === shortcuts.hand.key && view.hand) actions.setHandRaised(!view.hand.raised);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, view, microphoneHeld, cameraHeld]);

  /** A toggle with its shortcut: its name says what pressing it does; a held one says why beside it. */
  const toggle = (options: {
    label: string;
    shortcut: (typeof shortcuts)[keyof typeof shortcuts];
    pressed: boolean;
    icon: ReactElement;
    onClick: () => void;
    heldBy?: string;
  }) => (
    <Tooltip
      content={t('withShortcut', { action: options.label, keys: options.shortcut.keys })}
      relationship="description"
      withArrow
    >
      <ToggleButton
        className={styles.control}
        aria-label={options.label}
        aria-keyshortcuts={options.shortcut.keys.replace('Ctrl', 'Control')}
        checked={options.pressed}
        disabledFocusable={options.heldBy !== undefined}
        aria-describedby={options.heldBy}
        icon={options.icon}
        onClick={options.onClick}
      />
    </Tooltip>
  );

  return (
    <div role="group" aria-label={t('callControls')} className={styles.bar}>
      {toggle({
        label: view.microphone.on ? t('mute') : t('unmute'),
        shortcut: shortcuts.mute,
        pressed: !view.microphone.on,
        icon: view.microphone.on ? <Mic24Regular /> : <MicOff24Regular />,
        onClick: () => actions.setMuted(view.microphone.on),
        ...(microphoneHeld ? { heldBy: 'microphone-held' } : {}),
      })}
      {toggle({
        label: view.camera.on ? t('cameraOff') : t('cameraOn'),
        shortcut: shortcuts.camera,
        pressed: !view.camera.on,
        icon: view.camera.on ? <Video24Regular /> : <VideoOff24Regular />,
        onClick: () => actions.setCameraOn(!view.camera.on),
        ...(cameraHeld ? { heldBy: 'camera-held' } : {}),
      })}
      {view.screenShare &&
        canShare &&
        toggle({
          label: view.screenShare.on ? t('stopSharing') : t('shareScreen'),
          shortcut: shortcuts.share,
          pressed: view.screenShare.on,
          icon: view.screenShare.on ? <ShareScreenStop24Regular /> : <ShareScreenStart24Regular />,
          onClick: () => actions.setScreenShare(!view.screenShare?.on),
        })}
      {view.hand &&
        toggle({
          label: view.hand.raised ? t('lowerHand') : t('raiseHand'),
          shortcut: shortcuts.hand,
          pressed: view.hand.raised,
          icon: <HandRight24Regular />,
          onClick: () => actions.setHandRaised(!view.hand?.raised),
        })}
      {view.reactionsAllowed && (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Tooltip content={t('react')} relationship="label" withArrow>
              <Button className={styles.control} icon={<Emoji24Regular />} />
            </Tooltip>
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
      <Tooltip content={t('people')} relationship="label" withArrow>
        <ToggleButton
          className={styles.control}
          checked={panel === 'people'}
          aria-expanded={panel === 'people'}
          aria-controls="stage-panel"
          icon={<People24Regular />}
          onClick={() => onPanel('people')}
        />
      </Tooltip>
      <span className={styles.badged}>
        <Tooltip
          content={unreadMessages > 0 ? `${t('chat')}, ${t('unread', { count: unreadMessages })}` : t('chat')}
          relationship="label"
          withArrow
        >
          <ToggleButton
            className={styles.control}
            checked={panel === 'chat'}
            aria-expanded={panel === 'chat'}
            aria-controls="stage-panel"
            icon={<Chat24Regular />}
            onClick={() => onPanel('chat')}
          />
        </Tooltip>
        {unreadMessages > 0 && (
          <CounterBadge className={styles.badge} count={unreadMessages} size="small" aria-hidden data-testid="unread" />
        )}
      </span>
      {(devicesAvailable || onCaptions) && (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Tooltip content={t('moreOptions')} relationship="label" withArrow>
              <Button className={styles.control} icon={<MoreHorizontal24Regular />} />
            </Tooltip>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {devicesAvailable && (
                <MenuItem icon={<Settings24Regular />} onClick={() => onPanel('devices')}>
                  {t('deviceSettings')}
                </MenuItem>
              )}
              {onCaptions && (
                <MenuItem icon={<ClosedCaption24Regular />} onClick={onCaptions}>
                  {view.captions.active ? t('captionsOff') : t('captionsOn')}
                </MenuItem>
              )}
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
      <Tooltip content={t('leave')} relationship="label" withArrow>
        <Button className={styles.leave} icon={<CallEnd24Regular />} onClick={() => actions.leave()} />
      </Tooltip>
    </div>
  );
}

const noSubscription = () => () => undefined;

/** Phone browsers cannot share a screen; the button is offered only where the browser can. */
function useCanShareScreen(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => typeof navigator.mediaDevices?.getDisplayMedia === 'function',
    () => true,
  );
}
