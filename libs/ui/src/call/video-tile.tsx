'use client';

import { makeStyles, tokens } from '@fluentui/react-components';
import type { VideoView } from '@portico/call-client';
import { useEffect, useRef } from 'react';

const useStyles = makeStyles({
  tile: {
    position: 'relative',
    aspectRatio: '16 / 9',
    backgroundColor: tokens.colorNeutralBackgroundInverted,
    borderRadius: tokens.borderRadiusLarge,
    overflow: 'hidden',
    '& video': { width: '100%', height: '100%', objectFit: 'contain', display: 'block' },
  },
  label: {
    position: 'absolute',
    left: tokens.spacingHorizontalS,
    bottom: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorBackgroundOverlay,
    color: tokens.colorNeutralForegroundOnBrand,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** One video, rendered by the driver into this tile, with the name of whose it is. */
export function VideoTile({ view, label }: { readonly view: VideoView; readonly label: string }) {
  const styles = useStyles();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => (container.current ? view.attach(container.current) : undefined), [view]);
  return (
    <figure
      className={styles.tile}
      aria-label={label}
      data-video-kind={view.kind}
      data-participant={view.participantId}
    >
      <div ref={container} style={{ height: '100%' }} />
      <figcaption className={styles.label}>{label}</figcaption>
    </figure>
  );
}
