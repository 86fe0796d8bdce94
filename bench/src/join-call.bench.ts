import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { onLocalStack } from './on-local-stack';
import { percentile, type Measurement } from './measurement';
import { recordedAnchorsKiB } from './recorded-anchors';

const repoRoot = join(__dirname, '../..');
const { callWithChatComposite: compositeKiB, callingSdk: callingSdkKiB } = recordedAnchorsKiB;

/**
 * The browser code a guest downloads for a call, bundled and minified for the browser as Next does
 * and gzipped: the join page's call UI with the driver split out (`import()`), the driver, the real
 * SDKs it loads in Azure, and the SDK emulation it loads in local mode.
 */
async function bundleSizes(): Promise<Measurement[]> {
  const result = await build({
    entryPoints: { 'guest-call': join(repoRoot, 'apps/web/src/call/guest-call.tsx') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    outdir: 'out',
    jsx: 'automatic',
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(repoRoot, 'tsconfig.base.json'),
  });
  const gzipKiB = (path: string) =>
    Math.round(
      gzipSync(result.outputFiles.find((file) => file.path.endsWith(path))?.contents ?? new Uint8Array()).length /
        102.4,
    ) / 10;
  const outputs = Object.entries(result.metafile.outputs);
  const chunkOf = (entry: string) => outputs.find(([, output]) => output.entryPoint?.includes(entry))?.[0] ?? '';
  // Dynamic imports become their own entry chunks; their shared code lands in further chunks.
  const closure = (start: string): string[] => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const imported of result.metafile.outputs[path]?.imports ?? [])
        if (imported.kind === 'import-statement') visit(imported.path);
    };
    visit(start);
    return [...seen];
  };
  const size = (paths: string[]) =>
    Math.round(paths.reduce((sum, p) => sum + gzipKiB(p.replace(/^out/, '')), 0) * 10) / 10;
  const page = closure(chunkOf('guest-call.tsx'));
  const driver = closure(chunkOf('call-client/src/acs-driver.ts')).filter((p) => !page.includes(p));
  const before = new Set([...page, ...driver]);
  const sdks = [
    ...new Set([
      ...closure(chunkOf('@azure/communication-calling/')),
      ...closure(chunkOf('@azure/communication-chat/')),
    ]),
  ].filter((p) => !before.has(p));
  const emulation = closure(chunkOf('acs-sdk-emulation/src/index.ts')).filter((p) => !before.has(p));
  return [
    {
      name: 'join page call UI JS (first load)',
      value: size(page),
      unit: 'KiB gzip',
      detail: 'guest-call.tsx and its static imports (React, Fluent UI, next-intl), drivers excluded',
      reference: { kind: 'limit', value: 150, label: 'issue #18 goal for the whole first load' },
    },
    {
      name: 'call driver chunk',
      value: size(driver),
      unit: 'KiB gzip',
      detail: 'the one (ACS) driver, loaded with import() while the guest checks devices',
      reference: { kind: 'anchor', value: compositeKiB, label: "ACS UI Library's CallWithChatComposite (recorded)" },
    },
    {
      name: 'ACS SDK chunks (calling + chat)',
      value: size(sdks),
      unit: 'KiB gzip',
      detail: 'what the driver loads in Azure',
      reference: { kind: 'anchor', value: callingSdkKiB, label: 'the calling SDK alone (recorded, issue #18)' },
    },
    {
      name: 'SDK emulation chunk',
      value: size(emulation),
      unit: 'KiB gzip',
      detail: 'what the driver loads in local mode instead, over the meeting relay',
      reference: { kind: 'anchor', value: callingSdkKiB, label: 'the calling SDK it stands in for (recorded)' },
    },
  ];
}

/** The join page's time to a live camera preview, on the production build. */
export async function benchJoinCall(): Promise<Measurement[]> {
  const sizes = await bundleSizes();
  return onLocalStack(async (stack) => {
    const appointmentId = `demo-${new Date().toISOString().slice(0, 10)}-1`;
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    });
    const previews: number[] = [];
    const paints: { path: string; lcp: number[] }[] = [];
    try {
      const page = await browser.newPage();
      await page.goto(stack.urls.demoGuestSignIn);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL('**/appointments');
      // The first visit warms the server's caches; the ten after it are measured.
      for (let run = 0; run < 11; run++) {
        await page.goto(`${stack.urls.web}/appointments/${appointmentId}/join`);
        const elapsed = await page.evaluate(async () => {
          const started = performance.timeOrigin;
          for (;;) {
            const video = document.querySelector<HTMLVideoElement>('[data-testid="camera-preview"] video');
            if (video && video.getVideoPlaybackQuality().totalVideoFrames > 0) return Date.now() - started;
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
        });
        if (run > 0) previews.push(elapsed);
      }
      for (const path of ['/appointments', `/appointments/${appointmentId}`]) {
        paints.push({ path, lcp: await largestContentfulPaints(page, `${stack.urls.web}${path}`) });
      }
    } finally {
      await browser.close();
    }
    previews.sort((a, b) => a - b);
    return [
      ...sizes,
      {
        name: 'join page to live camera preview (median)',
        value: Math.round(previews[Math.floor(previews.length / 2)] ?? Number.NaN),
        unit: 'ms',
        detail: `navigation start to first camera frame, fake device, production build (next start), ${previews.length} runs`,
        reference: { kind: 'limit', value: 1000, label: 'issue #18 goal' },
      },
      ...paints.map(({ path, lcp }) => ({
        name: `LCP ${path.replace(appointmentId, '{id}')} (median)`,
        value: Math.round(percentile(lcp, 50)),
        unit: 'ms',
        detail: `Largest Contentful Paint, signed-in guest, production build on loopback, ${lcp.length} visits after a warm one, max ${Math.round(lcp.at(-1) ?? Number.NaN)} ms`,
        reference: { kind: 'limit' as const, value: 1000, label: 'issue #18 goal' },
      })),
    ];
  });
}

/** The Largest Contentful Paint of `url` over several visits after a first that warms the server, sorted. */
async function largestContentfulPaints(page: Page, url: string): Promise<number[]> {
  const paints: number[] = [];
  for (let visit = 0; visit < 7; visit++) {
    await page.goto(url, { waitUntil: 'load' });
    const lcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? Number.NaN)).observe({
            type: 'largest-contentful-paint',
            buffered: true,
          });
          setTimeout(() => resolve(Number.NaN), 5_000);
        }),
    );
    if (visit > 0) paints.push(lcp);
  }
  return paints.sort((a, b) => a - b);
}
