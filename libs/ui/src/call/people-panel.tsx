'use client';

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { CallStageView } from '@portico/call-client';
import { useTranslations } from 'next-intl';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** Who is in the call (the person among them, as Teams lists them) and, for organisers, who waits. */
export function PeoplePanel({
  view,
  isOrganiser,
  onAdmit,
}: {
  readonly view: CallStageView;
  readonly isOrganiser: boolean;
  readonly onAdmit: (participantId: string) => void;
}) {
  const t = useTranslations('call');
  const styles = useStyles();
  return (
    <div className={styles.section}>
      {isOrganiser && (
        <section aria-labelledby="lobby-panel-title" data-testid="lobby-panel" className={styles.section}>
          <h3 id="lobby-panel-title" className={styles.heading}>
            {t('lobbyPanelTitle', { count: view.lobby.length })}
          </h3>
          <ul className={styles.list} aria-live="polite">
            {view.lobby.map((guest) => (
              <li key={guest.id}>
                {guest.displayName}{' '}
                <Button size="small" appearance="primary" onClick={() => onAdmit(guest.id)}>
                  {t('admit', { name: guest.displayName })}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="participants-title" className={styles.section}>
        <h3 id="participants-title" className={styles.heading}>
          {t('participants', { count: view.participants.length })}
        </h3>
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
    </div>
  );
}
