import type { MetadataRoute } from 'next';
import { webApp } from '@/composition-root';

// From configuration at request time, not at build: one build serves every brand.
export const dynamic = 'force-dynamic';

/** The web app manifest: the brand's name, colour and icon, for "Add to home screen". */
export default function manifest(): MetadataRoute.Manifest {
  const { name, colour } = webApp().settings.brand;
  return {
    name,
    short_name: name,
    start_url: '/appointments',
    display: 'standalone',
    theme_color: colour,
    background_color: '#ffffff',
    icons: [{ src: '/brand/icon.svg', sizes: 'any', type: 'image/svg+xml' }],
  };
}
