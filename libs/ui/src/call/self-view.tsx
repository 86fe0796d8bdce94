'use client';

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ParticipantTile } from '@portico/call-client';
import { useTranslations } from 'next-intl';
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ParticipantTileView } from './participant-tile';

type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

const useStyles = makeStyles({
  pip: {
    position: 'absolute',
    zIndex: 2,
    width: 'clamp(7rem, 22vw, 16rem)',
    aspectRatio: '16 / 9',
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow16,
    cursor: 'grab',
    touchAction: 'none',
    ':focus-visible': { outline: `${tokens.strokeWidthThicker} solid ${tokens.colorStrokeFocus2}` },
    '@media (max-width: 40rem)': { width: '6.5rem', aspectRatio: '3 / 4' },
  },
  'top-left': { top: tokens.spacingVerticalM, left: tokens.spacingHorizontalM },
  'top-right': { top: tokens.spacingVerticalM, right: tokens.spacingHorizontalM },
  'bottom-left': { bottom: tokens.spacingVerticalM, left: tokens.spacingHorizontalM },
  'bottom-right': { bottom: tokens.spacingVerticalM, right: tokens.spacingHorizontalM },
});

const arrowMoves: Record<string, (corner: Corner) => Corner> = {
  ArrowLeft: (c) => c.replace('right', 'left') as Corner,
  ArrowRight: (c) => c.replace('left', 'right') as Corner,
  ArrowUp: (c) => c.replace('bottom', 'top') as Corner,
  ArrowDown: (c) => c.replace('top', 'bottom') as Corner,
};

/**
 * The person's own video as a picture-in-picture in a corner of the stage (mirrored, as the driver
 * renders it). Drag it, or focus it and use the arrow keys, to move it to another corner.
 */
export function SelfView({ tile }: { readonly tile: ParticipantTile }) {
  const t = useTranslations('call');
  const styles = useStyles();
  const [corner, setCorner] = useState<Corner>('bottom-right');
  const dragging = useRef(false);

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    const stage = event.currentTarget.parentElement?.getBoundingClientRect();
    if (!stage) return;
    const right = event.clientX > stage.left + stage.width / 2;
    const bottom = event.clientY > stage.top + stage.height / 2;
    setCorner(`${bottom ? 'bottom' : 'top'}-${right ? 'right' : 'left'}`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = arrowMoves[event.key];
    if (!move) return;
    event.preventDefault();
    setCorner(move);
  };

  return (
    <div
      className={mergeClasses(styles.pip, styles[corner])}
      role="group"
      tabIndex={0}
      aria-label={t('selfView', { corner: t(`corners.${corner}`) })}
      data-testid="self-view"
      data-corner={corner}
      onPointerDown={(event) => {
        dragging.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    >
      <ParticipantTileView tile={tile} size="small" />
    </div>
  );
}
