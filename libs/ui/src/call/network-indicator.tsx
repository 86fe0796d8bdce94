'use client';

import { Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { NetworkQuality } from '@portico/call-client';
import { useTranslations } from 'next-intl';

const useStyles = makeStyles({
  indicator: {
    position: 'absolute',
    top: tokens.spacingVerticalS,
    right: tokens.spacingHorizontalS,
    zIndex: 2,
    display: 'flex',
    alignItems: 'flex-end',
    gap: '2px',
    height: '24px',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBackgroundOverlay,
  },
  bar: { width: '4px', borderRadius: '1px', backgroundColor: tokens.colorNeutralStroke1 },
  good: { backgroundColor: tokens.colorPaletteGreenForeground1 },
  poor: { backgroundColor: tokens.colorPaletteYellowForeground1 },
  bad: { backgroundColor: tokens.colorPaletteRedForeground1 },
});

const barsLit: Record<NetworkQuality, number> = { good: 3, poor: 2, bad: 1 };
const label = { good: 'networkGood', poor: 'networkPoor', bad: 'networkBad' } as const;

/** The connection's quality as signal bars in the stage's corner, named for screen readers. */
export function NetworkIndicator({ quality }: { readonly quality: NetworkQuality }) {
  const t = useTranslations('call');
  const styles = useStyles();
  return (
    <Tooltip content={t(label[quality])} relationship="label">
      <div className={styles.indicator} role="img" tabIndex={0} data-testid="network-quality" data-quality={quality}>
        {[1, 2, 3].map((bar) => (
          <span
            key={bar}
            className={mergeClasses(styles.bar, bar <= barsLit[quality] && styles[quality])}
            style={{ height: `${6 * bar + 2}px` }}
          />
        ))}
      </div>
    </Tooltip>
  );
}
