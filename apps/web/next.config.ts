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
};

export default withNextIntl(config);
