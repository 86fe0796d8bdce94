import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const config: NextConfig = {
  // A self-contained server bundle for App Service (see infra/).
  output: 'standalone',
  outputFileTracingRoot: path.join(__dirname, '../..'),
  turbopack: { root: path.join(__dirname, '../..') },
  poweredByHeader: false,
  // The telemetry SDK patches Node modules at run time; it must be required, not bundled.
  serverExternalPackages: [
    '@azure/monitor-opentelemetry',
    '@opentelemetry/instrumentation-undici',
    '@opentelemetry/instrumentation',
  ],
  reactStrictMode: true,
  // Metadata is never streamed: every page's <title> comes with the page, for every browser, so a
  // screen reader always has one to announce. CI's accessibility check once found the Outlook
  // stand-in page without a title just after a server action refreshed it, and a streamed title is
  // the one way a title arrives after its page. Titles come from translations: waiting costs little.
  htmlLimitedBots: /.*/,
};

export default withNextIntl(config);
