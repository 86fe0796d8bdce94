'use client';

import { Avatar, Button, Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { HandRight20Filled, MicOff16Filled, Pin20Filled, Pin20Regular } from '@fluentui/react-icons';
import type { ParticipantTile } from '@portico/call-client';
import { useTranslations } from 'next-intl';
import { VideoSurface } from './video-surface';

const useStyles = makeStyles({
  tile: {
    position: 'relative',
    margin: 0,
    width: '100%',
    height: '100%',
    minHeight: 0,
    overflow: 'hidden',
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground3,
    display: 'grid',
    placeItems: 'center',
    outline: `${tokens.strokeWidthThick} solid transparent`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    transitionProperty: 'outline-color',
    transitionDuration: tokens.durationFast,
    '& video': { display: 'block' },
  },
  speaking: { outlineColor: tokens.colorBrandStroke1 },
  video: { position: 'absolute', inset: 0 },
  label: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    bottom: tokens.spacingVerticalS,
    maxWidth: `calc(100% - 2 * ${tokens.spacingHorizontalS})`,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBackgroundOverlay,
    color: tokens.colorNeutralForegroundStaticInverted,
    fontSize: tokens.fontSizeBase200,
  },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  hand: {
    position: 'absolute',
    top: tokens.spacingVerticalS,
    left: tokens.spacingHorizontalS,
    color: tokens.colorPaletteYellowForeground1,
    backgroundColor: tokens.colorBackgroundOverlay,
    borderRadius: tokens.borderRadiusCircular,
    padding: tokens.spacingHorizontalXS,
    display: 'flex',
  },
  pin: { position: 'absolute', top: tokens.spacingVerticalXS, right: tokens.spacingHorizontalXS },
});

export interface ParticipantTileViewProps {
  readonly tile: ParticipantTile;
  /** Avatar size: large on the stage, small in a strip or the corner. */
  readonly size: 'large' | 'small';
  /** Offered on others' tiles; absent on the person's own. */
  readonly pin?: { readonly pinned: boolean; readonly toggle: () => void };
  readonly className?: string;
}

/**
 * One person: their camera, or their initials when it is off; their name, and whether they are muted,
 * talking (an outline) or have a hand up. Screen readers hear the same in the tile's label.
 */
export function ParticipantTileView({ tile, size, pin, className }: ParticipantTileViewProps) {
  const t = useTranslations('call');
  const styles = useStyles();
  const name = tile.isSelf ? t('youSuffix', { name: tile.name }) : tile.name;
  const states = [
    tile.isOrganiser && t('organiserLabel'),
    tile.muted && t('mutedLabel'),
    tile.speaking && t('speakingLabel'),
    tile.handRaised && t('handRaised'),
    !tile.camera && t('cameraOffLabel'),
  ].filter((state): state is string => typeof state === 'string');
  return (
    <figure
      className={mergeClasses(styles.tile, tile.speaking && styles.speaking, className)}
      aria-label={[name, ...states].join(', ')}
      data-participant={tile.isSelf ? 'local' : tile.id}
      data-video-kind={tile.camera ? 'camera' : undefined}
      data-speaking={tile.speaking}
    >
      {tile.camera ? (
        <VideoSurface view={tile.camera} className={styles.video} />
      ) : (
        <Avatar
          name={tile.name}
          initials={tile.initials}
          color="colorful"
          size={size === 'large' ? 120 : 48}
          aria-hidden
        />
      )}
      {tile.handRaised && (
        <span className={styles.hand}>
          <HandRight20Filled aria-hidden />
        </span>
      )}
      {pin && (
        <Tooltip
          content={pin.pinned ? t('unpin', { name: tile.name }) : t('pin', { name: tile.name })}
          relationship="label"
        >
          <Button
            className={styles.pin}
            size="small"
            appearance="subtle"
            aria-pressed={pin.pinned}
            icon={pin.pinned ? <Pin20Filled /> : <Pin20Regular />}
            onClick={pin.toggle}
          />
        </Tooltip>
      )}
      <figcaption className={styles.label} aria-hidden>
        {tile.muted && <MicOff16Filled />}
        <span className={styles.name}>{name}</span>
      </figcaption>
    </figure>
  );
}
