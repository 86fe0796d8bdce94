'use client';

import { Field, Radio, RadioGroup, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { BackgroundChoice, EffectsState } from '@portico/call-client';
import { useTranslations } from 'next-intl';

/** The backgrounds the portal offers, served by the web app (`public/backgrounds`). */
export const backgroundImages = [
  { id: 'warm', url: '/backgrounds/warm.png' },
  { id: 'cool', url: '/backgrounds/cool.png' },
] as const;

const useStyles = makeStyles({
  effects: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  why: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const choiceId = (background: BackgroundChoice): string =>
  background.kind === 'image'
    ? (backgroundImages.find((image) => image.url === background.url)?.id ?? 'none')
    : background.kind;

export interface EffectSettingsProps {
  readonly effects: EffectsState;
  readonly onBackground: (background: BackgroundChoice) => void;
  readonly onNoiseSuppression: (on: boolean) => void;
}

/**
 * The background behind the person (as it is, blurred, or one of the portal's images) and noise
 * suppression. What this browser cannot run is disabled, and says why.
 */
export function EffectSettings({ effects, onBackground, onNoiseSuppression }: EffectSettingsProps) {
  const t = useTranslations('call');
  const styles = useStyles();
  const pick = (id: string) => {
    const image = backgroundImages.find((candidate) => candidate.id === id);
    onBackground(image ? { kind: 'image', url: image.url } : id === 'blur' ? { kind: 'blur' } : { kind: 'none' });
  };
  return (
    <div className={styles.effects} data-testid="effect-settings">
      <Field label={t('background')}>
        <RadioGroup
          value={choiceId(effects.background)}
          disabled={!effects.supported.background}
          onChange={(_, data) => pick(data.value)}
          aria-describedby={effects.supported.background ? undefined : 'background-unsupported'}
        >
          <Radio value="none" label={t('backgroundNone')} />
          <Radio value="blur" label={t('backgroundBlur')} />
          {backgroundImages.map((image) => (
            <Radio key={image.id} value={image.id} label={t(`backgroundImage.${image.id}`)} />
          ))}
        </RadioGroup>
      </Field>
      {!effects.supported.background && (
        <p id="background-unsupported" className={styles.why}>
          {t('backgroundUnsupported')}
        </p>
      )}
      <Switch
        label={t('noiseSuppression')}
        checked={effects.noiseSuppression}
        disabled={!effects.supported.noiseSuppression}
        onChange={(_, data) => onNoiseSuppression(data.checked)}
        aria-describedby={effects.supported.noiseSuppression ? undefined : 'noise-suppression-unsupported'}
      />
      {!effects.supported.noiseSuppression && (
        <p id="noise-suppression-unsupported" className={styles.why}>
          {t('noiseSuppressionUnsupported')}
        </p>
      )}
    </div>
  );
}
