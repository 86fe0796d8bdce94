'use client';

import type { AvailableDevices, CallDevices, DeviceAccess } from '@portico/call-client';
import { useEffect, useState } from 'react';

export interface AvailableDevicesState {
  /** `pending` until the browser has answered (the permission prompt, the first time). */
  readonly access: DeviceAccess | 'pending';
  readonly available: AvailableDevices;
}

const nothingYet: AvailableDevicesState = {
  access: 'pending',
  available: { cameras: [], microphones: [], speakers: [], speakerSelectable: false },
};

/**
 * The person's devices as the call driver's SDK lists them, after asking for access; listed again
 * when a device is plugged in or removed, and when `attempt` changes (the person pressed "Try again").
 */
export function useAvailableDevices(devices: CallDevices | undefined, attempt: number): AvailableDevicesState {
  const [state, setState] = useState<AvailableDevicesState>(nothingYet);
  useEffect(() => {
    if (!devices) return undefined;
    let active = true;
    let access: DeviceAccess = 'denied';
    const relist = () =>
      void devices
        .list()
        .then((available) => active && setState({ access, available }))
        .catch(() => undefined);
    void devices
      .requestAccess()
      .then((granted) => {
        access = granted;
        relist();
      })
      .catch(() => active && setState({ ...nothingYet, access: 'denied' }));
    const stop = devices.onChange(relist);
    return () => {
      active = false;
      stop();
    };
  }, [devices, attempt]);
  return state;
}
