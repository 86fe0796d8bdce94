import { SSRProvider } from '@fluentui/react-components';
import type { EffectsState } from '@portico/call-client';
import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import en from '../../messages/en.json';
import { EffectSettings } from './effect-settings';

const ignore = () => undefined;
const render = (effects: EffectsState) =>
  renderToStaticMarkup(
    <SSRProvider>
      <NextIntlClientProvider locale="en" messages={en} timeZone="Europe/Amsterdam">
        <EffectSettings effects={effects} onBackground={ignore} onNoiseSuppression={ignore} />
      </NextIntlClientProvider>
    </SSRProvider>,
  );

describe('EffectSettings', () => {
  it('offers the background as it is, blurred or one of the images, and noise suppression', () => {
    const html = render({
      background: { kind: 'image', url: '/backgrounds/cool.png' },
      noiseSuppression: true,
      supported: { background: true, noiseSuppression: true },
    });
    for (const label of ['As it is', 'Blurred', 'Warm light', 'Calm blue', 'Reduce background noise'])
      expect(html).toContain(label);
    expect(html).toMatch(/value="cool"[^>]*checked|checked[^>]*value="cool"/);
    expect(html).not.toContain('cannot');
  });

  it('disables what this browser cannot run, and says why', () => {
    const html = render({
      background: { kind: 'none' },
      noiseSuppression: false,
      supported: { background: false, noiseSuppression: false },
    });
    expect(html).toContain('This browser or device cannot change your background.');
    expect(html).toContain('This browser cannot reduce background noise.');
    expect(html).toContain('aria-describedby="background-unsupported"');
    expect(html.match(/disabled=""/g)?.length).toBeGreaterThanOrEqual(5);
  });
});
