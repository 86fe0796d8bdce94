'use client';

import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { CaptionsState } from '@portico/call-client';
import { useLocale, useTranslations } from 'next-intl';

const useStyles = makeStyles({
  captions: {
    position: 'absolute',
    left: '50%',
    bottom: tokens.spacingVerticalXXL,
    transform: 'translateX(-50%)',
    zIndex: 2,
    width: 'min(44rem, calc(100% - 2rem))',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: 'rgba(0, 0, 0, 0.75)',
    color: tokens.colorNeutralForegroundStaticInverted,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    '@media (max-width: 40rem)': { bottom: '8.5rem', fontSize: tokens.fontSizeBase300 },
  },
  lines: { margin: 0, padding: 0, listStyle: 'none', overflowWrap: 'anywhere' },
  partial: { opacity: 0.8 },
  speaker: { fontWeight: tokens.fontWeightSemibold },
  choices: { display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', gap: tokens.spacingHorizontalM },
  language: { color: tokens.colorNeutralForegroundStaticInverted },
});

/** The spoken language to start captions in: the person's own where the meeting offers it. */
export function preferredSpokenLanguage(locale: string, offered: readonly string[]): string | undefined {
  return offered.find((language) => language.split('-')[0] === locale.split('-')[0]);
}

/**
 * The meeting's live captions over the stage: the latest phrases with who said them, and the spoken
 * language, which the person can change. Not a live region: a screen reader would read every partial
 * phrase twice; people who use one hear the call itself.
 */
export function LiveCaptions({
  captions,
  onSpokenLanguage,
  onCaptionLanguage,
}: {
  readonly captions: CaptionsState;
  readonly onSpokenLanguage: (language: string) => void;
  readonly onCaptionLanguage: (language: string) => void;
}) {
  const t = useTranslations('call');
  const locale = useLocale();
  const styles = useStyles();
  const languageName = new Intl.DisplayNames([locale], { type: 'language' });
  return (
    <section className={styles.captions} aria-label={t('captionsRegion')} data-testid="live-captions">
      <ul className={styles.lines}>
        {captions.lines.length === 0 && <li>{t('captionsWaiting')}</li>}
        {captions.lines.map((line) => (
          <li key={line.id} className={line.final ? undefined : styles.partial}>
            <span className={styles.speaker}>{line.speakerName}:</span> {line.text}
          </li>
        ))}
      </ul>
      <div className={styles.choices}>
        {captions.spokenLanguages.length > 1 && (
          <Field label={t('spokenLanguage')} orientation="horizontal" size="small" className={styles.language}>
            <Select size="small" value={captions.spokenLanguage} onChange={(_, data) => onSpokenLanguage(data.value)}>
              {captions.spokenLanguages.map((language) => (
                <option key={language} value={language}>
                  {languageName.of(language) ?? language}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {/* Translated captions exist only where the meeting offers them (Teams Premium). */}
        {captions.captionLanguages.length > 0 && (
          <Field label={t('captionLanguage')} orientation="horizontal" size="small" className={styles.language}>
            <Select size="small" value={captions.captionLanguage} onChange={(_, data) => onCaptionLanguage(data.value)}>
              {captions.captionLanguages.map((language) => (
                <option key={language} value={language}>
                  {languageName.of(language) ?? language}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
    </section>
  );
}
