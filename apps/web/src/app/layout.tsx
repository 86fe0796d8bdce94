import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { FluentRoot } from '@/components/fluent-root';
import { LanguageSwitcher } from '@/components/language-switcher';
import { webApp } from '@/composition-root';
import { setLocale } from '@/i18n/set-locale';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home');
  const { brand } = webApp().settings;
  return {
    title: { default: brand.name, template: `%s · ${brand.name}` },
    description: t('title'),
    icons: { icon: { url: '/brand/icon.svg', type: 'image/svg+xml' } },
  };
}

export function generateViewport(): Viewport {
  return { width: 'device-width', initialScale: 1, themeColor: webApp().settings.brand.colour };
}

export default async function RootLayout({ children }: { readonly children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('layout');
  const { brand } = webApp().settings;
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <FluentRoot brandColour={brand.colour}>
            <a className="skip-link" href="#content">
              {t('skipToContent')}
            </a>
            <header className="site-header">
              <Link className="brand" href="/">
                {/* The name beside it says the same, so the logo is decoration to a screen reader. */}
                {/* eslint-disable-next-line @next/next/no-img-element -- a configured URL of any size, not a build asset */}
                {brand.logoUrl && <img className="brand__logo" src={brand.logoUrl} alt="" height={32} />}
                {brand.name}
              </Link>
              <nav className="site-nav" aria-label={t('mainNavigation')}>
                <ul>
                  <li>
                    <Link href="/">{t('home')}</Link>
                  </li>
                  <li>
                    <Link href="/appointments">{t('myAppointments')}</Link>
                  </li>
                </ul>
              </nav>
              <LanguageSwitcher current={locale} action={setLocale} />
            </header>
            <main id="content" tabIndex={-1}>
              {children}
            </main>
            <footer className="site-footer">
              <p>{t('footer', { brand: brand.name })}</p>
              <p>
                <Link href="/privacy">{t('privacyLink')}</Link>
              </p>
            </footer>
          </FluentRoot>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
