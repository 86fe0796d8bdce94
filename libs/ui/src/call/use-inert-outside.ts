'use client';

import { useEffect, useRef } from 'react';

/**
 * Makes everything outside the returned ref's element inert while it is mounted: the call covers the
 * page, so keyboard and screen-reader users must not land on the page hidden under it. Each sibling
 * on the way up to `body` is made inert, and given back as it was on unmount. Live regions stay, so
 * what the page announces (being let in) is still heard, and so do Fluent's portals, where the call's
 * own menus and tooltips open.
 */
export function useInertOutside<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const made: HTMLElement[] = [];
    for (let node: HTMLElement | null = ref.current; node && node !== document.body; node = node.parentElement) {
      for (const sibling of node.parentElement?.children ?? []) {
        if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
        if (sibling.matches('[role="status"], [role="alert"], [aria-live], [data-portal-node]')) continue;
        sibling.inert = true;
        made.push(sibling);
      }
    }
    return () => {
      for (const element of made) element.inert = false;
    };
  }, []);
  return ref;
}
