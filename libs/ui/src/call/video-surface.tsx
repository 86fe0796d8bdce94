'use client';

import type { VideoView } from '@portico/call-client';
import { useEffect, useRef } from 'react';

/** The element a driver renders one video into; it fills its parent. */
export function VideoSurface({ view, className }: { readonly view: VideoView; readonly className?: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => (container.current ? view.attach(container.current) : undefined), [view]);
  return <div ref={container} className={className} style={{ width: '100%', height: '100%' }} />;
}
