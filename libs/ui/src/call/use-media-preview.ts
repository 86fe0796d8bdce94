'use client';

import { useEffect, useState } from 'react';

export type MediaAccess = 'pending' | 'granted' | 'denied' | 'no-device';

export interface MediaPreview {
  readonly access: MediaAccess;
  readonly stream: MediaStream | undefined;
  readonly devices: readonly MediaDeviceInfo[];
}

/**
 * The camera and microphone the person picked, opened for a preview, with the devices the browser
 * lists. Says whether access was denied or no device exists, so the page can explain what to do.
 */
export function useMediaPreview(cameraId: string, microphoneId: string, attempt: number): MediaPreview {
  const [preview, setPreview] = useState<MediaPreview>({ access: 'pending', stream: undefined, devices: [] });
  useEffect(() => {
    let stopped = false;
    let opened: MediaStream | undefined;
    const constraint = (id: string): MediaTrackConstraints | boolean => (id ? { deviceId: { exact: id } } : true);
    void (async () => {
      let access: MediaAccess = 'granted';
      try {
        opened = await navigator.mediaDevices.getUserMedia({
          video: constraint(cameraId),
          audio: constraint(microphoneId),
        });
      } catch (error) {
        const name = error instanceof DOMException ? error.name : '';
        access = name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'no-device';
        // One of the two may still work on its own: a laptop without a camera, say.
        for (const only of [{ audio: constraint(microphoneId) }, { video: constraint(cameraId) }]) {
          if (opened || access === 'denied') break;
          opened = await navigator.mediaDevices.getUserMedia(only).catch(() => undefined);
        }
        if (opened) access = 'granted';
      }
      const devices = await navigator.mediaDevices.enumerateDevices().catch(() => []);
      if (stopped) {
        for (const track of opened?.getTracks() ?? []) track.stop();
        return;
      }
      setPreview({ access, stream: opened, devices });
    })();
    return () => {
      stopped = true;
      for (const track of opened?.getTracks() ?? []) track.stop();
    };
  }, [cameraId, microphoneId, attempt]);
  return preview;
}
