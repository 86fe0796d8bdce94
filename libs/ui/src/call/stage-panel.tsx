'use client';

import { Button, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    // On a phone the panel is a sheet over the lower part of the call.
    '@media (max-width: 48rem)': {
      position: 'absolute',
      left: 0,
      right: 0,
      bottom: 0,
      height: '70%',
      zIndex: 3,
      borderBottomLeftRadius: 0,
      borderBottomRightRadius: 0,
      boxShadow: tokens.shadow28,
    },
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  body: { flexGrow: 1, minHeight: 0, overflowY: 'auto', padding: tokens.spacingHorizontalM },
});

/** A side panel of the call (people, chat, devices): a column on a laptop, a sheet on a phone. */
export function StagePanel({
  title,
  onClose,
  children,
}: {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const t = useTranslations('call');
  const styles = useStyles();
  return (
    <section
      id="stage-panel"
      className={styles.panel}
      aria-labelledby="stage-panel-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className={styles.header}>
        <h2 id="stage-panel-title" className={styles.title}>
          {title}
        </h2>
        <Tooltip content={t('closePanel', { panel: title })} relationship="label">
          <Button appearance="subtle" icon={<Dismiss24Regular />} onClick={onClose} />
        </Tooltip>
      </div>
      <div className={styles.body}>{children}</div>
    </section>
  );
}
