'use client';

import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  renderToStyleElements,
  SSRProvider,
} from '@fluentui/react-components';
import { porticoLightTheme } from '@portico/ui';
import { useServerInsertedHTML } from 'next/navigation';
import { useRef, useState, type ReactNode } from 'react';

/**
 * Fluent UI for the App Router: Griffel's styles are collected while the server renders and put into
 * the HTML, so the first paint is styled and hydration matches.
 */
export function FluentRoot({ children }: { readonly children: ReactNode }) {
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
        <FluentProvider theme={porticoLightTheme} className="fluent-root">
          {children}
        </FluentProvider>
      </SSRProvider>
    </RendererProvider>
  );
}
