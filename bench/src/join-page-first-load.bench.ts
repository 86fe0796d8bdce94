import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement } from './measurement';
import { recordedAnchorsKiB } from './recorded-anchors';

const nextDir = join(__dirname, '../../apps/web/.next');
const joinRoute = '/appointments/[id]/join/page';

/** What a chunk mostly holds, told by names its minified code keeps; the first that matches wins. */
const chunkContents: readonly (readonly [string, RegExp])[] = [
  ['Fluent UI', /@fluentui|griffel|tabster/],
  ['React DOM', /react-dom/],
  ['zod', /\bzod\b|ZodError/],
];

/** The JavaScript files a first visit to the join page downloads, from the production build's manifests. */
async function firstLoadFiles(): Promise<string[]> {
  const buildManifest = JSON.parse(await readFile(join(nextDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  // The client reference manifest is a script that assigns to a global; read it as data, never run it.
  const source = await readFile(
    join(nextDir, 'server/app/appointments/[id]/join/page_client-reference-manifest.js'),
    'utf8',
  );
  const assignment = `globalThis.__RSC_MANIFEST[${JSON.stringify(joinRoute)}] = `;
  const start = source.indexOf(assignment);
  if (start < 0) throw new Error(`The build has no client reference manifest for ${joinRoute}`);
  const json = source
    .slice(start + assignment.length)
    .trim()
    .replace(/;$/, '');
  const manifest = JSON.parse(json) as { entryJSFiles: Record<string, string[]> };
  // Every segment of the route (layout, error and not-found boundaries, the page) loads on the first visit.
  return [...new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()])];
}

/**
 * The join page's first-load JavaScript as Next's production build ships it: the route's client
 * reference manifest plus the root main files, framework included, each file gzipped at level 9.
 * The calling SDK is not in it: the driver loads it with `import()` while the guest checks devices.
 */
export async function benchJoinPageFirstLoad(): Promise<Measurement[]> {
  const files = await firstLoadFiles();
  let bytes = 0;
  const byContent = new Map<string, number>();
  for (const file of files) {
    const source = await readFile(join(nextDir, file));
    const size = gzipSync(source, { level: 9 }).length;
    bytes += size;
    const text = source.toString('utf8');
    const content = chunkContents.find(([, marker]) => marker.test(text))?.[0] ?? 'Next.js, next-intl and Portico';
    byContent.set(content, (byContent.get(content) ?? 0) + size);
  }
  const kib = (size: number) => Math.round((size / 1024) * 10) / 10;
  const profile = [...byContent]
    .sort((a, b) => b[1] - a[1])
    .map(([content, size]) => `${content} ${kib(size)}`)
    .join(', ');
  return [
    {
      name: 'join page first-load JS (production build)',
      value: kib(bytes),
      unit: 'KiB gzip',
      detail: `${files.length} files from the route's client reference manifest and the root main files, gzip -9; by chunk (KiB): ${profile}; the ACS UI Library's CallWithChatComposite is ${recordedAnchorsKiB.callWithChatComposite} KiB`,
      reference: { kind: 'limit', value: 150, label: 'issue #18 goal' },
    },
  ];
}
