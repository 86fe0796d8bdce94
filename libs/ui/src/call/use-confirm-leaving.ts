'use client';

import { useEffect } from 'react';

/** A click that would take this tab to another page: a plain left click on a link to a page. */
function leavingLinkOf(event: MouseEvent): HTMLAnchorElement | undefined {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return undefined;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return undefined;
  if (link.target && link.target !== '_self') return undefined;
  const to = new URL(link.href, window.location.href);
  // Only page loads leave the call; `tel:` and `mailto:` hand off to another app.
  if (to.protocol !== 'http:' && to.protocol !== 'https:') return undefined;
  const here = new URL(window.location.href);
  // A link to a spot on this page (a skip link) leaves nothing.
  if (to.origin === here.origin && to.pathname === here.pathname && to.search === here.search) return undefined;
  return link;
}

/**
 * While a person is in a call, leaving the page asks first, as Teams does: closing the tab, Back, and
 * links alike. Links in the app navigate on the client, which the browser never asks about, so
 * during a call they load the page in full instead: the browser's own "Leave this page?" question,
 * then the call is hung up as the page goes.
 */
export function useConfirmLeaving(inCall: boolean): void {
  useEffect(() => {
    if (!inCall) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    const leaveInFull = (event: MouseEvent) => {
      const link = leavingLinkOf(event);
      if (!link) return;
      // Captured before the framework's router sees the click.
      event.preventDefault();
      event.stopPropagation();
      window.location.assign(link.href);
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', leaveInFull, { capture: true });
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', leaveInFull, { capture: true });
    };
  }, [inCall]);
}
