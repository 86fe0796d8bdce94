'use client';

import type { CallDevices } from '@portico/call-client';
import { useEffect, useState } from 'react';

/** The microphone's loudness, 0–100, as the call driver's SDK measures it; 0 while off. */
export function useMicrophoneLevel(devices: CallDevices | undefined, microphoneId: string, on: boolean): number {
  const [level, setLevel] = useState(0);
  useEffect(() => {
    if (!devices || !on) return undefined;
    const stop = devices.watchMicrophoneLevel(microphoneId || undefined, setLevel);
    return () => {
      stop();
      setLevel(0);
    };
  }, [devices, microphoneId, on]);
  return level;
}
