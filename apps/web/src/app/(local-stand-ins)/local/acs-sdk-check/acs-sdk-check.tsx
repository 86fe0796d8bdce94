'use client';

import { Spinner } from '@fluentui/react-components';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';

const steps = ['load', 'devices', 'render'] as const;
type Step = (typeof steps)[number];
type StepState = { readonly state: 'running' | 'passed' } | { readonly state: 'failed'; readonly reason: string };

/** Runs the SDK's no-network steps one after the other and shows each one's outcome. */
export function AcsSdkCheck() {
  const t = useTranslations('sdkCheck');
  const preview = useRef<HTMLDivElement>(null);
  const [results, setResults] = useState<Partial<Record<Step, StepState>>>({});

  useEffect(() => {
    let active = true;
    let dispose: (() => void) | undefined;
    const report = (step: Step, state: StepState) => active && setResults((now) => ({ ...now, [step]: state }));
    const run = async <T,>(step: Step, work: () => Promise<T>): Promise<T> => {
      report(step, { state: 'running' });
      try {
        const value = await work();
        report(step, { state: 'passed' });
        return value;
      } catch (error) {
        report(step, { state: 'failed', reason: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    };
    void (async () => {
      const { loadAcsSdk } = await import('@portico/call-client/acs-driver');
      const sdk = await run('load', loadAcsSdk);
      const camera = await run('devices', async () => {
        const devices = await sdk.createCallClient().getDeviceManager();
        await devices.askDevicePermission({ audio: false, video: true });
        const [first] = await devices.getCameras();
        if (!first) throw new Error('no camera');
        return first;
      });
      await run('render', async () => {
        const renderer = sdk.createRenderer(sdk.createLocalVideoStream(camera));
        const view = await renderer.createView({ scalingMode: 'Crop', isMirrored: true });
        dispose = () => renderer.dispose();
        if (active) preview.current?.append(view.target);
      });
    })().catch(() => undefined);
    return () => {
      active = false;
      dispose?.();
    };
  }, []);

  return (
    <>
      <ol data-testid="sdk-check">
        {steps.map((step) => {
          const result = results[step];
          return (
            <li key={step} data-step={step} data-state={result?.state ?? 'waiting'}>
              {t(step)}:{' '}
              {result?.state === 'running' && <Spinner size="tiny" label={t('running')} labelPosition="after" />}
              {result?.state === 'passed' && t('passed')}
              {result?.state === 'failed' && t('failed', { reason: result.reason })}
            </li>
          );
        })}
      </ol>
      <figure>
        <div
          ref={preview}
          data-testid="sdk-preview"
          style={{ width: '100%', maxWidth: '32rem', aspectRatio: '16 / 9' }}
        />
        <figcaption>{t('preview')}</figcaption>
      </figure>
    </>
  );
}
