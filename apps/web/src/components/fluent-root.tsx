'use client';

import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  renderToStyleElements,
  SSRProvider,
} from '@fluentui/react-components';
import { BrandThemesProvider, useBrandThemes } from '@portico/ui';
import { useServerInsertedHTML } from 'next/navigation';
import { useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

const darkScheme = '(prefers-color-scheme: dark)';
const watchScheme = (changed: () => void) => {
  const query = window.matchMedia(darkScheme);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
};

/** The person's light or dark preference; the server, which cannot know it, renders light. */
function usePrefersDark(): boolean {
  return useSyncExternalStore(
    watchScheme,
    () => window.matchMedia(darkScheme).matches,
    () => false,
  );
}

function ThemedRoot({ children }: { readonly children: ReactNode }) {
  const { light, dark } = useBrandThemes();
  const prefersDark = usePrefersDark();
  return (
    <FluentProvider
      theme={prefersDark ? dark : light}
      className="fluent-root"
      data-theme={prefersDark ? 'dark' : 'light'}
    >
      {children}
    </FluentProvider>
  );
}

/**
 * Fluent UI for the App Router, in the brand's colour and the person's light or dark preference:
 * Griffel's styles are collected while the server renders and put into the HTML, so the first paint
 * is styled and hydration matches.
 */
export function FluentRoot({ brandColour, children }: { readonly brandColour: string; readonly children: ReactNode }) {
  const [renderer] = useState(() => createDOMRenderer());
  const inserted = useRef(false);
  useServerInsertedHTML(() => {
    if (inserted.current) return null;
    inserted.current = true;
    return <>{renderToStyleElements(renderer)}</>;
  });
  return (
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <BrandThemesProvider colour={brandColour}>
          <ThemedRoot>{children}</ThemedRoot>
        </BrandThemesProvider>
      </SSRProvider>
    </RendererProvider>
  );
}
