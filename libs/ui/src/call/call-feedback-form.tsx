'use client';

import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Rating,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { callFeedbackLimits, isPorticoError, porticoError } from '@portico/domain';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useErrorMessage } from './use-error-message';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '32rem' },
});

export interface CallFeedback {
  readonly rating: number;
  readonly comment?: string;
}

/**
 * Two questions after the call: how it went (1–5 stars, keyboard and screen-reader friendly) and,
 * if the guest likes, why. Says thank you when it is kept, and why when it is not.
 */
export function CallFeedbackForm({ onSend }: { readonly onSend: (feedback: CallFeedback) => Promise<void> }) {
  const t = useTranslations('call');
  const styles = useStyles();
  const describeError = useErrorMessage();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [state, setState] = useState<'editing' | 'sending' | 'sent' | { problem: string }>('editing');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (rating === 0) return setState({ problem: t('feedbackRatingNeeded') });
    setState('sending');
    const trimmed = comment.trim();
    onSend({ rating, ...(trimmed ? { comment: trimmed } : {}) }).then(
      () => setState('sent'),
      (error: unknown) =>
        setState({
          problem: describeError(isPorticoError(error) ? error : porticoError('dependency.unavailable')).detail,
        }),
    );
  };
  if (state === 'sent') {
    return (
      <MessageBar intent="success" role="status" data-testid="feedback-thanks">
        <MessageBarBody>{t('feedbackThanks')}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby="feedback-title" data-testid="call-feedback">
      <h2 id="feedback-title">{t('feedbackTitle')}</h2>
      <Field label={t('feedbackRating')} required>
        <Rating
          value={rating}
          onChange={(_, data) => {
            setRating(data.value);
            setState('editing');
          }}
          color="marigold"
          max={callFeedbackLimits.maxRating}
          itemLabel={(value) => t('feedbackStars', { count: value })}
        />
      </Field>
      <Field label={t('feedbackComment')} hint={t('feedbackCommentHint', { max: callFeedbackLimits.maxCommentLength })}>
        <Textarea
          value={comment}
          maxLength={callFeedbackLimits.maxCommentLength}
          onChange={(_, data) => setComment(data.value)}
        />
      </Field>
      {typeof state === 'object' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.problem}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={state === 'sending'}>
          {t('feedbackSend')}
        </Button>
      </div>
    </form>
  );
}
