import { webApp } from '@/composition-root';

// From configuration at request time, not at build: one build serves every brand.
export const dynamic = 'force-dynamic';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0) ?? 0};`);

/**
 * The portal's icon (favicon and web-app icon), drawn from the brand: its first letter in white on
 * its colour. From configuration, so a rebrand needs no new build.
 */
export function GET(): Response {
  const { name, colour } = webApp().settings.brand;
  const initial = escapeXml([...name.trim()][0]?.toUpperCase() ?? 'P');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${escapeXml(colour)}"/><text x="32" y="44" font-family="Segoe UI,Helvetica,Arial,sans-serif" font-size="36" font-weight="600" fill="#ffffff" text-anchor="middle">${initial}</text></svg>`;
  return new Response(svg, {
    headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=3600' },
  });
}
