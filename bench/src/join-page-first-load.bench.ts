import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement } from './measurement';

const nextDir = join(__dirname, '../../apps/web/.next');
const joinRoute = '/appointments/[id]/join/page';

/**
 * The ACS UI Library's `CallWithChatComposite`, bundled for production and gzipped, as recorded when
 * this bench was set: `@azure/communication-react` does not install beside React 19, so it cannot be
 * bundled in the same run.
 */
const compositeFirstLoadKiB = 2184;

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
  for (const file of files) bytes += gzipSync(await readFile(join(nextDir, file)), { level: 9 }).length;
  return [
    {
      name: 'join page first-load JS (production build)',
      value: Math.round((bytes / 1024) * 10) / 10,
      unit: 'KiB gzip',
      detail: `${files.length} files from the route's client reference manifest and the root main files, gzip -9`,
      reference: {
        kind: 'anchor',
        value: compositeFirstLoadKiB,
        label: "ACS UI Library's CallWithChatComposite (recorded)",
      },
    },
  ];
}
