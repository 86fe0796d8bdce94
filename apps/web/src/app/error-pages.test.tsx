import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import en from '../../messages/en.json';
import nl from '../../messages/nl.json';
import ErrorPage from './error';
import GlobalError from './global-error';
import Loading from './staff/loading';

jest.mock('./globals.css', () => ({}));

const failure = Object.assign(new Error('secret detail from the server'), { digest: '1234567' });

describe('error pages', () => {
  it.each([
    ['en', en, 'Something went wrong', 'Try again', 'Reference for support: 1234567'],
    ['nl', nl, 'Er ging iets mis', 'Opnieuw proberen', 'Kenmerk voor de helpdesk: 1234567'],
  ] as const)(
    'say what happened in %s, offer a retry, and show the reference, not the error',
    (locale, messages, ...texts) => {
      const html = renderToStaticMarkup(
        <NextIntlClientProvider locale={locale} messages={messages} timeZone="Europe/Amsterdam">
          <ErrorPage error={failure} reset={() => undefined} />
        </NextIntlClientProvider>,
      );
      for (const text of texts) expect(html).toContain(text);
      expect(html).not.toContain('secret detail');
    },
  );

  it.each([
    ['en', en, 'Loading…'],
    ['nl', nl, 'Bezig met laden…'],
  ] as const)('says a page is loading, in %s, as a status', (locale, messages, text) => {
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale={locale} messages={messages} timeZone="Europe/Amsterdam">
        <Loading />
      </NextIntlClientProvider>,
    );
    expect(html).toContain('role="status"');
    expect(html).toContain(text);
  });

  it('falls back to both languages when even the frame failed', () => {
    const html = renderToStaticMarkup(<GlobalError reset={() => undefined} />);
    expect(html).toContain('Something went wrong');
    expect(html).toContain('<h2 lang="nl">Er ging iets mis</h2>');
    expect(html).toContain('Opnieuw proberen');
  });
});
