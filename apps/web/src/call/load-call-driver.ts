import type { CallDriver } from '@portico/call-client';
import type { CallDriverSetting } from './call-driver-setting';

/**
 * Loads the one call driver with the SDKs it runs on, each as its own chunk, so neither the ACS SDKs
 * nor their emulation weigh on the first load of the join page: the real SDKs in Azure, the
 * emulation over the meeting relay in local mode.
 */
export async function loadCallDriver(setting: CallDriverSetting): Promise<CallDriver> {
  const { createAcsCallDriver, loadAcsSdk } = await import('@portico/call-client/acs-driver');
  if (setting.kind === 'relay') {
    const { createEmulatedAcsSdk } = await import('@portico/acs-sdk-emulation');
    return createAcsCallDriver(createEmulatedAcsSdk({ relayUrl: setting.relayUrl }));
  }
  return createAcsCallDriver(await loadAcsSdk());
}
